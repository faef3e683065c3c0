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
 * Domain Path:       /languages
 *
 * @package DryNeedlingWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'DNW_VERSION', '0.1.0' );
define( 'DNW_FILE', __FILE__ );
define( 'DNW_DIR', plugin_dir_path( __FILE__ ) );

require_once DNW_DIR . 'includes/settings.php';
require_once DNW_DIR . 'includes/assets.php';
require_once DNW_DIR . 'includes/render.php';
require_once DNW_DIR . 'includes/block.php';

if ( is_admin() ) {
	require_once DNW_DIR . 'includes/admin.php';
}

/**
 * Loads translations of the plugin's own strings (the widgets' text comes translated with the library).
 */
function dnw_load_textdomain() {
	load_plugin_textdomain( 'dry-needling-widgets', false, dirname( plugin_basename( DNW_FILE ) ) . '/languages' );
}
add_action( 'init', 'dnw_load_textdomain' );
