<?php
/**
 * Must-use plugin for the test site of scripts/test-wordpress.sh only.
 *
 * @package DryNeedlingWidgets
 */

defined( 'ABSPATH' ) || exit;

// The test machine is offline. WordPress.org answers "unavailable" at once, so
// update checks give up quietly instead of logging warnings that are not the plugin's.
add_filter(
	'pre_http_request',
	function ( $response, $args, $url ) {
		if ( 'api.wordpress.org' !== wp_parse_url( $url, PHP_URL_HOST ) ) {
			return $response;
		}
		return array(
			'headers'  => array(),
			'body'     => '',
			'response' => array(
				'code'    => 503,
				'message' => 'Service Unavailable',
			),
			'cookies'  => array(),
			'filename' => null,
		);
	},
	10,
	3
);

// phpcs:disable WordPress.Security.NonceVerification.Recommended -- test switches, read-only.

// ?dnwidgets_test_enqueue: a theme that enqueues the library a second time.
add_action(
	'wp_enqueue_scripts',
	function () {
		if ( isset( $_GET['dnwidgets_test_enqueue'] ) ) {
			wp_enqueue_script( 'dry-needling-widgets' );
		}
	},
	20
);

// ?dnwidgets_test_no_texturize: a site without smart quotes. wptexturize() mangles quotes in a
// shortcode whose attributes contain ">", so only without it do such values reach the shortcode intact.
if ( isset( $_GET['dnwidgets_test_no_texturize'] ) ) {
	add_filter( 'run_wptexturize', '__return_false' );
}

// ?dnwidgets_test_locale=pt_BR: the site in another language (no language pack needed).
if ( isset( $_GET['dnwidgets_test_locale'] ) ) {
	$dnwidgets_test_locale = sanitize_text_field( wp_unslash( $_GET['dnwidgets_test_locale'] ) );
	add_filter(
		'locale',
		function () use ( $dnwidgets_test_locale ) {
			return $dnwidgets_test_locale;
		}
	);
}

// ?dnwidgets_test_wpml=zh-hant: WPML's current language, through its public filter.
if ( isset( $_GET['dnwidgets_test_wpml'] ) ) {
	$dnwidgets_test_wpml = sanitize_text_field( wp_unslash( $_GET['dnwidgets_test_wpml'] ) );
	add_filter(
		'wpml_current_language',
		function () use ( $dnwidgets_test_wpml ) {
			return $dnwidgets_test_wpml;
		}
	);
}

// ?dnwidgets_test_pll=de_DE: Polylang's current language, through its public function.
if ( isset( $_GET['dnwidgets_test_pll'] ) ) {
	$GLOBALS['dnwidgets_test_pll'] = sanitize_text_field( wp_unslash( $_GET['dnwidgets_test_pll'] ) );
	/**
	 * Polylang's API function, answering with the test's locale.
	 *
	 * @param string $field "slug" or "locale".
	 * @return string
	 */
	function pll_current_language( $field = 'slug' ) {
		return 'locale' === $field ? $GLOBALS['dnwidgets_test_pll'] : substr( $GLOBALS['dnwidgets_test_pll'], 0, 2 );
	}
}
