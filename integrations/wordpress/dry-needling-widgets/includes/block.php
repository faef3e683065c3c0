<?php
/**
 * The block: the same options and markup as the shortcode, rendered on the server.
 *
 * @package DryNeedlingWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the block from block.json. Its editor script depends on the library handle, so the
 * editor's live preview (ServerSideRender) is rendered by the same script as the site.
 */
function dnw_register_block() {
	register_block_type( DNW_DIR . 'block', array( 'render_callback' => 'dnw_render_block' ) );
	// Also look for the editor script's translations in the plugin's languages/ folder.
	wp_set_script_translations( generate_block_asset_handle( 'dry-needling-widgets/widget', 'editorScript' ), 'dry-needling-widgets', DNW_DIR . 'languages' );
}
add_action( 'init', 'dnw_register_block' );

/**
 * Renders the block through the shortcode's code.
 *
 * @param array $attributes Block attributes, already checked against block.json.
 * @return string HTML.
 */
function dnw_render_block( $attributes ) {
	$options = dnw_options(
		array(
			'section'       => $attributes['section'] ?? '',
			'lang'          => $attributes['lang'] ?? '',
			'heading_level' => $attributes['headingLevel'] ?? '',
			'theme'         => $attributes['theme'] ?? '',
			'variant'       => $attributes['variant'] ?? '',
			'collapsible'   => $attributes['collapsible'] ?? '',
			'toc'           => $attributes['toc'] ?? '',
		)
	);
	return sprintf( '<div %s>%s</div>', get_block_wrapper_attributes(), dnw_render( $options ) );
}
