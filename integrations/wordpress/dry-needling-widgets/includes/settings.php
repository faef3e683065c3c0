<?php
/**
 * The allowed values, the stored settings and the language the widgets show.
 *
 * @package DryNeedlingWidgets
 */

defined( 'ABSPATH' ) || exit;

const DNWIDGETS_OPTION = 'dnwidgets_settings';

/** Where version 0.1.0 stored the settings, before the prefix grew to the four or more letters the plugin directory asks for. */
const DNWIDGETS_LEGACY_OPTION = 'dnw_settings';

// dnwidgets_sections(), generated from the library's section registry.
require_once DNWIDGETS_DIR . 'includes/sections.php';

/**
 * The library's languages, each named in itself (a patient looks for their own language's name).
 *
 * @return array<string, string>
 */
function dnwidgets_languages() {
	return array(
		'en'      => 'English',
		'es'      => 'Español',
		'zh-Hans' => '简体中文',
		'zh-Hant' => '繁體中文',
		'vi'      => 'Tiếng Việt',
		'ko'      => '한국어',
		'tl'      => 'Tagalog',
		'ar'      => 'العربية',
		'ru'      => 'Русский',
		'fr'      => 'Français',
		'de'      => 'Deutsch',
		'it'      => 'Italiano',
		'pt'      => 'Português (Brasil)',
		'pl'      => 'Polski',
	);
}

/**
 * Themes the elements accept.
 *
 * @return string[]
 */
function dnwidgets_themes() {
	return array( 'light', 'dark', 'auto' );
}

/**
 * Maps a language tag or WordPress locale to one of the library's languages, the way the elements
 * do: es_ES and es-MX → es, pt_BR → pt, zh_CN → zh-Hans, zh_TW and zh-HK → zh-Hant, fil → tl.
 *
 * @param mixed $tag A tag such as "pt-BR", a locale such as "zh_TW", or anything else.
 * @return string|null The language, or null when it is not one of ours.
 */
function dnwidgets_match_language( $tag ) {
	if ( ! is_string( $tag ) || '' === trim( $tag ) ) {
		return null;
	}
	$parts   = explode( '-', strtolower( str_replace( '_', '-', trim( $tag ) ) ) );
	$primary = $parts[0];
	if ( 'zh' === $primary ) {
		return array_intersect( $parts, array( 'hant', 'tw', 'hk', 'mo' ) ) ? 'zh-Hant' : 'zh-Hans';
	}
	if ( 'fil' === $primary ) {
		return 'tl';
	}
	return array_key_exists( $primary, dnwidgets_languages() ) ? $primary : null;
}

/**
 * The language of the page being served: Polylang's or WPML's current language when one of them
 * is active, else the site language; English when we do not have that language.
 *
 * @return string
 */
function dnwidgets_site_language() {
	if ( function_exists( 'pll_current_language' ) ) {
		$lang = dnwidgets_match_language( pll_current_language( 'locale' ) );
		if ( $lang ) {
			return $lang;
		}
	}
	$lang = dnwidgets_match_language( apply_filters( 'wpml_current_language', null ) );
	if ( $lang ) {
		return $lang;
	}
	return dnwidgets_match_language( get_locale() ) ?? 'en';
}

/**
 * Settings as stored before anyone saves them.
 *
 * @return array<string, string>
 */
function dnwidgets_default_settings() {
	return array(
		'language'     => '',
		'theme'        => 'light',
		'clinic_name'  => '',
		'clinic_phone' => '',
		'booking_url'  => '',
		'emergency_number' => '',
	);
}

/**
 * Sanitizes the settings on every save (the Settings API calls it, and so does update_option()).
 *
 * @param mixed $input Submitted settings.
 * @return array<string, string> Settings with only known keys and allowed values.
 */
function dnwidgets_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$value = function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
	};
	$phone = preg_replace( '/[^0-9+().\-\s]/', '', sanitize_text_field( $value( 'clinic_phone' ) ) );
	return array(
		'language'     => array_key_exists( $value( 'language' ), dnwidgets_languages() ) ? $value( 'language' ) : '',
		'theme'        => in_array( $value( 'theme' ), dnwidgets_themes(), true ) ? $value( 'theme' ) : 'light',
		'clinic_name'  => sanitize_text_field( $value( 'clinic_name' ) ),
		'clinic_phone' => trim( preg_replace( '/\s+/', ' ', $phone ) ),
		'booking_url'  => esc_url_raw( $value( 'booking_url' ), array( 'http', 'https' ) ),
		// Digits only, as dialled (911, 112, 999); anything else is dropped, as the elements do.
		'emergency_number' => preg_match( '/^[0-9]{2,8}$/', $value( 'emergency_number' ) ) ? $value( 'emergency_number' ) : '',
	);
}

/**
 * The saved settings, sanitized again on read so that a value written around the Settings API
 * cannot reach the page unchecked.
 *
 * @return array<string, string>
 */
function dnwidgets_get_settings() {
	return dnwidgets_sanitize_settings( get_option( DNWIDGETS_OPTION, dnwidgets_default_settings() ) );
}

/**
 * The language widgets show when the shortcode or block does not name one.
 *
 * @return string
 */
function dnwidgets_default_language() {
	$language = dnwidgets_get_settings()['language'];
	return '' !== $language ? $language : dnwidgets_site_language();
}

/**
 * Moves settings saved under the old option name to the new one, once, so an update keeps them.
 * The new name wins if both exist (settings saved after the update).
 */
function dnwidgets_migrate_settings() {
	$legacy = get_option( DNWIDGETS_LEGACY_OPTION, null );
	if ( null === $legacy ) {
		return;
	}
	// An explicit default: without one, get_option() answers the registered default for a missing option.
	if ( null === get_option( DNWIDGETS_OPTION, null ) ) {
		add_option( DNWIDGETS_OPTION, dnwidgets_sanitize_settings( $legacy ) );
	}
	delete_option( DNWIDGETS_LEGACY_OPTION );
}
add_action( 'plugins_loaded', 'dnwidgets_migrate_settings' );

/**
 * Registers the settings on init, not admin_init, so that update_option() sanitizes everywhere.
 */
function dnwidgets_register_settings() {
	register_setting(
		'dnwidgets',
		DNWIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'dnwidgets_sanitize_settings',
			'default'           => dnwidgets_default_settings(),
			'show_in_rest'      => false,
		)
	);
}
add_action( 'init', 'dnwidgets_register_settings' );

/**
 * The clinic's contact line for the elements' "contact" slot, or '' when none is set.
 *
 * It is in the site's language (our own translated string), so it carries that language's tag
 * rather than inheriting the widget's.
 *
 * @return string HTML.
 */
function dnwidgets_contact_html() {
	$settings = dnwidgets_get_settings();
	$parts    = array();
	if ( '' !== $settings['clinic_name'] ) {
		$parts[] = '<strong>' . esc_html( $settings['clinic_name'] ) . '</strong>';
	}
	if ( '' !== $settings['clinic_phone'] ) {
		$digits  = preg_replace( '/[^0-9+]/', '', $settings['clinic_phone'] );
		$parts[] = '' === $digits
			? esc_html( $settings['clinic_phone'] )
			: sprintf( '<a href="%s">%s</a>', esc_url( 'tel:' . $digits, array( 'tel' ) ), esc_html( $settings['clinic_phone'] ) );
	}
	if ( '' !== $settings['booking_url'] ) {
		$parts[] = sprintf(
			'<a href="%s">%s</a>',
			esc_url( $settings['booking_url'] ),
			esc_html__( 'Book an appointment', 'dry-needling-widgets' )
		);
	}
	if ( ! $parts ) {
		return '';
	}
	return sprintf( '<p slot="contact" lang="%s">%s</p>', esc_attr( get_bloginfo( 'language' ) ), implode( ' · ', $parts ) );
}
