<?php
/**
 * The library script, served from the plugin (no third-party request) and printed once per page.
 *
 * @package DryNeedlingWidgets
 */

defined( 'ABSPATH' ) || exit;

const DNW_HANDLE = 'dry-needling-widgets';

/**
 * The hydration build (it takes over the server-rendered snippets in place), its version and its
 * Subresource Integrity hash, read from the library's integrity.json.
 *
 * @return array{src: string, version: string, integrity: string}
 */
function dnw_library() {
	static $library = null;
	if ( null === $library ) {
		$file = DNW_DIR . 'assets/cdn/integrity.json';
		$data = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
		if ( ! is_array( $data ) || empty( $data['hydrateEntry'] ) || ! is_string( $data['hydrateEntry'] ) ) {
			$data = array( 'hydrateEntry' => 'dry-needling-widgets.hydrate.min.js' );
		}
		$entry   = $data['hydrateEntry'];
		$library = array(
			'src'       => plugins_url( 'assets/cdn/' . $entry, DNW_FILE ),
			'version'   => isset( $data['version'] ) ? (string) $data['version'] : '',
			'integrity' => isset( $data['files'][ $entry ]['integrity'] ) ? (string) $data['files'][ $entry ]['integrity'] : '',
		);
	}
	return $library;
}

/**
 * Registers the library under one handle. WordPress prints a handle once however often it is
 * enqueued (by each widget, a theme or another plugin), so the page requests the file once.
 * WordPress 6.5+ prints it as a script module; older versions get a classic script turned into a
 * module by dnw_module_script_tag(). The block editor always uses the classic handle.
 */
function dnw_register_library() {
	$library = dnw_library();
	wp_register_script( DNW_HANDLE, $library['src'], array(), $library['version'], true );
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( DNW_HANDLE, $library['src'], array(), $library['version'] );
	}
}
add_action( 'init', 'dnw_register_library' );

/**
 * Adds the library to the page being rendered.
 */
function dnw_enqueue_library() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( DNW_HANDLE );
	} else {
		wp_enqueue_script( DNW_HANDLE );
	}
}

/**
 * The integrity and crossorigin attributes: the browser refuses the file if anything altered it.
 *
 * @return array<string, string>
 */
function dnw_integrity_attributes() {
	$integrity = dnw_library()['integrity'];
	return '' === $integrity ? array() : array(
		'integrity'   => $integrity,
		'crossorigin' => 'anonymous',
	);
}

/**
 * Prints the classic handle as a module script with its integrity hash. The tag is rebuilt
 * rather than patched: the handle is ours and carries no inline scripts.
 *
 * @param string $tag    The script tag WordPress built.
 * @param string $handle The script's handle.
 * @param string $src    The script's URL, with its ?ver= query.
 * @return string
 */
function dnw_module_script_tag( $tag, $handle, $src ) {
	if ( DNW_HANDLE !== $handle ) {
		return $tag;
	}
	$attributes = '';
	foreach ( dnw_integrity_attributes() as $name => $value ) {
		$attributes .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	return sprintf( '<script type="module" src="%s" id="%s-js"%s></script>' . "\n", esc_url( $src ), esc_attr( $handle ), $attributes );
}
add_filter( 'script_loader_tag', 'dnw_module_script_tag', 10, 3 );

/**
 * Adds the integrity hash to the script module tag (WordPress 6.5+).
 *
 * @param array $attributes Attributes of a script tag printed by wp_print_script_tag().
 * @return array
 */
function dnw_module_attributes( $attributes ) {
	if ( isset( $attributes['id'] ) && DNW_HANDLE . '-js-module' === $attributes['id'] ) {
		$attributes = array_merge( $attributes, dnw_integrity_attributes() );
	}
	return $attributes;
}
add_filter( 'wp_script_attributes', 'dnw_module_attributes' );
