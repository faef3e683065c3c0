<?php
/**
 * The library script, served from the plugin (no third-party request) and printed once per page.
 *
 * @package DryNeedlingWidgets
 */

defined( 'ABSPATH' ) || exit;

const DNWIDGETS_HANDLE = 'dry-needling-widgets';

/**
 * The hydration build (it keeps the server-rendered snippets in place), its version and its
 * Subresource Integrity hash, as listed in the integrity.json file `$file`; null when that file is
 * missing, unreadable or lists no hash for the entry, so that the library is never loaded unpinned.
 *
 * @param string $file Path of the library's integrity.json.
 * @return array{src: string, version: string, integrity: string}|null
 */
function dnwidgets_read_library( $file ) {
	$data = is_readable( $file ) ? wp_json_file_decode( $file, array( 'associative' => true ) ) : null;
	$entry = is_array( $data ) && isset( $data['hydrateEntry'] ) && is_string( $data['hydrateEntry'] ) ? $data['hydrateEntry'] : '';
	if ( '' === $entry || empty( $data['files'][ $entry ]['integrity'] ) || ! is_string( $data['files'][ $entry ]['integrity'] ) ) {
		return null;
	}
	return array(
		'src'       => plugins_url( 'assets/cdn/' . $entry, DNWIDGETS_FILE ),
		'version'   => isset( $data['version'] ) ? (string) $data['version'] : '',
		'integrity' => $data['files'][ $entry ]['integrity'],
	);
}

/**
 * The library as installed with the plugin (see dnwidgets_read_library()), read once per request.
 *
 * @return array{src: string, version: string, integrity: string}|null
 */
function dnwidgets_library() {
	static $library = false;
	if ( false === $library ) {
		$library = dnwidgets_read_library( DNWIDGETS_DIR . 'assets/cdn/integrity.json' );
	}
	return $library;
}

/**
 * Tells administrators when the library cannot be loaded because its hashes are missing: the
 * server-rendered text still shows, but nothing interactive works until the plugin is reinstalled.
 */
function dnwidgets_missing_library_notice() {
	if ( null !== dnwidgets_library() || ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	echo '<div class="notice notice-error"><p>' . esc_html__( 'Dry Needling Widgets: the file assets/cdn/integrity.json is missing or damaged, so the widget script is not loaded. Reinstall the plugin.', 'dry-needling-widgets' ) . '</p></div>';
}
add_action( 'admin_notices', 'dnwidgets_missing_library_notice' );

/**
 * Registers the library under one handle. WordPress prints a handle once however often it is
 * enqueued (by each widget, a theme or another plugin), so the page requests the file once.
 * WordPress 6.5+ prints it as a script module; older versions get a classic script turned into a
 * module by dnwidgets_module_script_tag(). The block editor always uses the classic handle.
 */
function dnwidgets_register_library() {
	$library = dnwidgets_library();
	if ( null === $library ) {
		return;
	}
	wp_register_script( DNWIDGETS_HANDLE, $library['src'], array(), $library['version'], true );
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( DNWIDGETS_HANDLE, $library['src'], array(), $library['version'] );
	}
}
add_action( 'init', 'dnwidgets_register_library' );

/**
 * Adds the library to the page being rendered.
 */
function dnwidgets_enqueue_library() {
	if ( null === dnwidgets_library() ) {
		return;
	}
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( DNWIDGETS_HANDLE );
	} else {
		wp_enqueue_script( DNWIDGETS_HANDLE );
	}
}

/**
 * On WordPress 6.5+ the library is a script module on the site. A theme or plugin that enqueues
 * the classic handle as well would print the file a second time: the module takes its place.
 * Not in the admin, where the editor's canvas needs the classic handle (see block.php).
 */
function dnwidgets_one_library_tag() {
	if ( ! is_admin() && function_exists( 'wp_enqueue_script_module' ) && wp_script_is( DNWIDGETS_HANDLE, 'enqueued' ) ) {
		wp_dequeue_script( DNWIDGETS_HANDLE );
		wp_enqueue_script_module( DNWIDGETS_HANDLE );
	}
}
add_action( 'wp_enqueue_scripts', 'dnwidgets_one_library_tag', PHP_INT_MAX );
add_action( 'wp_print_footer_scripts', 'dnwidgets_one_library_tag', 1 );

/**
 * The integrity and crossorigin attributes: the browser refuses the file if anything altered it.
 *
 * @return array<string, string>
 */
function dnwidgets_integrity_attributes() {
	$library = dnwidgets_library();
	return null === $library ? array() : array(
		'integrity'   => $library['integrity'],
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
function dnwidgets_module_script_tag( $tag, $handle, $src ) {
	if ( DNWIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	$attributes = '';
	foreach ( dnwidgets_integrity_attributes() as $name => $value ) {
		$attributes .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	return sprintf( '<script type="module" src="%s" id="%s-js"%s></script>' . "\n", esc_url( $src ), esc_attr( $handle ), $attributes );
}
add_filter( 'script_loader_tag', 'dnwidgets_module_script_tag', 10, 3 );

/**
 * Adds the integrity hash to the script module tag (WordPress 6.5+).
 *
 * @param array $attributes Attributes of a script tag printed by wp_print_script_tag().
 * @return array
 */
function dnwidgets_module_attributes( $attributes ) {
	if ( isset( $attributes['id'] ) && DNWIDGETS_HANDLE . '-js-module' === $attributes['id'] ) {
		$attributes = array_merge( $attributes, dnwidgets_integrity_attributes() );
	}
	return $attributes;
}
add_filter( 'wp_script_attributes', 'dnwidgets_module_attributes' );
