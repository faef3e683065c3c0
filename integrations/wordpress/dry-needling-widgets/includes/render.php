<?php
/**
 * The [dry_needling] shortcode and the markup it shares with the block.
 *
 * @package DryNeedlingWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A shortcode or block value as a trimmed string ('' when missing or not a scalar).
 *
 * @param array  $raw Raw options.
 * @param string $key Option name.
 * @return string
 */
function dnwidgets_raw_string( array $raw, $key ) {
	if ( ! isset( $raw[ $key ] ) || ! is_scalar( $raw[ $key ] ) ) {
		return '';
	}
	return is_bool( $raw[ $key ] ) ? ( $raw[ $key ] ? '1' : '0' ) : trim( (string) $raw[ $key ] );
}

/**
 * A yes/no option: "1", "true", "yes", "on" or true; "0", "false", "no", "off" or false.
 *
 * @param string $value   Option value from dnwidgets_raw_string().
 * @param bool   $fallback Used for anything else.
 * @return bool
 */
function dnwidgets_flag( $value, $fallback ) {
	$value = strtolower( $value );
	if ( in_array( $value, array( '1', 'true', 'yes', 'on' ), true ) ) {
		return true;
	}
	if ( in_array( $value, array( '0', 'false', 'no', 'off' ), true ) ) {
		return false;
	}
	return $fallback;
}

/**
 * Validates shortcode or block options against allow-lists. Unknown values fall back to the
 * defaults, as the elements do: the guide, the default language, heading level 2, the default
 * theme, the full variant.
 *
 * @param array $raw Options: section, lang, heading_level, theme, variant, collapsible, toc.
 * @return array{section: string, lang: string, heading_level: int, theme: string, variant: string, collapsible: bool, toc: bool}
 */
function dnwidgets_options( array $raw ) {
	$section = strtolower( dnwidgets_raw_string( $raw, 'section' ) );
	$level   = dnwidgets_raw_string( $raw, 'heading_level' );
	$theme   = strtolower( dnwidgets_raw_string( $raw, 'theme' ) );
	$variant = strtolower( dnwidgets_raw_string( $raw, 'variant' ) );
	$section = array_key_exists( $section, dnwidgets_sections() ) ? $section : 'guide';
	return array(
		'section'       => $section,
		'lang'          => dnwidgets_match_language( dnwidgets_raw_string( $raw, 'lang' ) ) ?? dnwidgets_default_language(),
		'heading_level' => in_array( $level, array( '2', '3', '4', '5', '6' ), true ) ? (int) $level : 2,
		'theme'         => in_array( $theme, dnwidgets_themes(), true ) ? $theme : dnwidgets_get_settings()['theme'],
		'variant'       => 'compact' === $variant ? 'compact' : 'full',
		'collapsible'   => dnwidgets_flag( dnwidgets_raw_string( $raw, 'collapsible' ), false ),
		// The prerendered guide has a table of contents, so the guide has one unless toc="0".
		'toc'           => 'guide' === $section && dnwidgets_flag( dnwidgets_raw_string( $raw, 'toc' ), true ),
	);
}

/**
 * The prerendered snippet for these options, without its end tag, or null when there is none.
 *
 * Snippets exist for the default options only (heading level 2, light theme, full variant, not
 * collapsible, the guide with its table of contents). The options also change the shadow content
 * (headings, compact text, the guide's nested elements), so a snippet is never re-labelled with
 * other attributes: other options get the plain element, rendered by the script.
 *
 * @param string $tag     Element tag.
 * @param array  $options Options from dnwidgets_options().
 * @return string|null
 */
function dnwidgets_snippet( $tag, array $options ) {
	if ( 2 !== $options['heading_level'] || 'light' !== $options['theme'] || 'full' !== $options['variant']
		|| $options['collapsible'] || ( 'dn-guide' === $tag && ! $options['toc'] ) ) {
		return null;
	}
	// Language and tag come from allow-lists, so this path stays inside assets/ssr.
	$file = DNWIDGETS_DIR . 'assets/ssr/' . $options['lang'] . '/' . $tag . '.html';
	if ( ! is_readable( $file ) ) {
		return null;
	}
	$html = rtrim( (string) file_get_contents( $file ) );
	$end  = '</' . $tag . '>';
	return substr( $html, -strlen( $end ) ) === $end ? substr( $html, 0, -strlen( $end ) ) : null;
}

/**
 * A widget's markup, and the library enqueued for the page.
 *
 * @param array $options Options from dnwidgets_options().
 * @return string HTML.
 */
function dnwidgets_render( array $options ) {
	dnwidgets_enqueue_library();
	$tag       = dnwidgets_sections()[ $options['section'] ];
	$contact   = in_array( $tag, dnwidgets_contact_tags(), true ) ? dnwidgets_contact_html() : '';
	$emergency = in_array( $tag, dnwidgets_emergency_number_tags(), true ) ? dnwidgets_get_settings()['emergency_number'] : '';
	// A prerendered snippet says "your local emergency number": with a number set, the script renders instead.
	$snippet = '' === $emergency ? dnwidgets_snippet( $tag, $options ) : null;
	if ( null !== $snippet ) {
		// The contact paragraph goes into the light DOM, after the shadow root's template.
		return $snippet . $contact . '</' . $tag . '>';
	}
	$attributes = sprintf(
		' lang="%s" heading-level="%d" theme="%s" variant="%s"',
		esc_attr( $options['lang'] ),
		$options['heading_level'],
		esc_attr( $options['theme'] ),
		esc_attr( $options['variant'] )
	);
	$attributes .= $options['collapsible'] ? ' collapsible' : '';
	$attributes .= $options['toc'] ? ' toc' : '';
	$attributes .= 'dn-guide' === $tag ? ' structured-data' : '';
	$attributes .= '' !== $emergency ? sprintf( ' emergency-number="%s"', esc_attr( $emergency ) ) : '';
	// Fallback content: shown only if the script cannot run; the rendered element replaces it.
	$fallback = sprintf(
		'<p lang="%s">%s</p>',
		esc_attr( get_bloginfo( 'language' ) ),
		esc_html__( 'Patient information about dry needling. If it does not appear here, please ask our team for a printed copy.', 'dry-needling-widgets' )
	);
	return '<' . $tag . $attributes . '>' . $fallback . $contact . '</' . $tag . '>';
}

/**
 * The [dry_needling] shortcode, e.g. [dry_needling section="side-effects" lang="es" heading_level="3"].
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string HTML.
 */
function dnwidgets_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'section'       => '',
			'lang'          => '',
			'heading_level' => '',
			'theme'         => '',
			'variant'       => '',
			'collapsible'   => '',
			'toc'           => '',
		),
		$atts,
		'dry_needling'
	);
	return dnwidgets_render( dnwidgets_options( $atts ) );
}
add_shortcode( 'dry_needling', 'dnwidgets_shortcode' );

/**
 * Keeps wptexturize() out of <template> elements. Block output passes through it, and curly
 * quotes in a snippet's shadow root would no longer match the text the script renders.
 *
 * @param string[] $tags Elements whose content is not texturized.
 * @return string[]
 */
function dnwidgets_no_texturize_tags( $tags ) {
	$tags[] = 'template';
	return $tags;
}
add_filter( 'no_texturize_tags', 'dnwidgets_no_texturize_tags' );
