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
function dnwidgets_register_block() {
	// Translations of the editor script and of the PHP strings come from translate.wordpress.org
	// (WordPress loads both itself); the widgets' text is translated in the library.
	register_block_type( DNWIDGETS_DIR . 'block', array( 'render_callback' => 'dnwidgets_render_block' ) );
}
add_action( 'init', 'dnwidgets_register_block' );


/**
 * Renders the block through the shortcode's code.
 *
 * @param array $attributes Block attributes, already checked against block.json.
 * @return string HTML.
 */
function dnwidgets_render_block( $attributes ) {
	$options = dnwidgets_options(
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
	return sprintf( '<div %s>%s</div>', get_block_wrapper_attributes(), dnwidgets_render( $options ) );
}

/**
 * The editor shows apiVersion 3 blocks in an iframed canvas (WordPress 6.3+), which gets the
 * scripts enqueued here: the library must run inside it to render the block's preview. The
 * classic handle, because WordPress puts no script modules into the canvas.
 */
function dnwidgets_editor_canvas_library() {
	if ( is_admin() && null !== dnwidgets_library() ) {
		wp_enqueue_script( DNWIDGETS_HANDLE );
	}
}
add_action( 'enqueue_block_assets', 'dnwidgets_editor_canvas_library' );
