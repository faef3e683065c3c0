<?php
/**
 * Plugin Name:       Dry Needling Widgets
 * Description:       Plain-language patient information about dry needling, in 14 languages: a block and the [dry_needling] shortcode, server-rendered and served from your own site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            dry-needling-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       dry-needling-widgets
 *
 * @package DryNeedlingWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'DNWIDGETS_VERSION', '0.1.0' );
define( 'DNWIDGETS_FILE', __FILE__ );
define( 'DNWIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once DNWIDGETS_DIR . 'includes/settings.php';
require_once DNWIDGETS_DIR . 'includes/assets.php';
require_once DNWIDGETS_DIR . 'includes/render.php';
require_once DNWIDGETS_DIR . 'includes/block.php';

if ( is_admin() ) {
	require_once DNWIDGETS_DIR . 'includes/admin.php';
}
