<?php
/**
 * Dependencies of the editor script (plain JavaScript, no build step). The library handle makes
 * the preview render in the editor as on the site.
 *
 * @package DryNeedlingWidgets
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n', 'dry-needling-widgets' ),
	'version'      => DNWIDGETS_VERSION,
);
