<?php
/**
 * Settings → Dry needling: default language and theme, and the clinic's contact details.
 *
 * The form posts to options.php, which checks the nonce from settings_fields() and the
 * manage_options capability, then saves through dnwidgets_sanitize_settings().
 *
 * @package DryNeedlingWidgets
 */

defined( 'ABSPATH' ) || exit;

const DNWIDGETS_SETTINGS_PAGE = 'dry-needling-widgets';

/**
 * Adds the page under Settings.
 */
function dnwidgets_add_settings_page() {
	add_options_page(
		__( 'Dry needling', 'dry-needling-widgets' ),
		__( 'Dry needling', 'dry-needling-widgets' ),
		'manage_options',
		DNWIDGETS_SETTINGS_PAGE,
		'dnwidgets_render_settings_page'
	);
}
add_action( 'admin_menu', 'dnwidgets_add_settings_page' );

/**
 * Links to the settings from the plugin's row on the Plugins screen.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function dnwidgets_plugin_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . DNWIDGETS_SETTINGS_PAGE );
	array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( $url ), esc_html__( 'Settings', 'dry-needling-widgets' ) ) );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( DNWIDGETS_FILE ), 'dnwidgets_plugin_action_links' );

/**
 * Declares the page's sections and fields.
 */
function dnwidgets_add_settings_fields() {
	add_settings_section( 'dnwidgets_defaults', esc_html__( 'Defaults', 'dry-needling-widgets' ), 'dnwidgets_defaults_intro', DNWIDGETS_SETTINGS_PAGE );
	add_settings_field( 'dnwidgets_language', esc_html__( 'Language', 'dry-needling-widgets' ), 'dnwidgets_language_field', DNWIDGETS_SETTINGS_PAGE, 'dnwidgets_defaults', array( 'label_for' => 'dnwidgets_language' ) );
	add_settings_field( 'dnwidgets_theme', esc_html__( 'Theme', 'dry-needling-widgets' ), 'dnwidgets_theme_field', DNWIDGETS_SETTINGS_PAGE, 'dnwidgets_defaults', array( 'label_for' => 'dnwidgets_theme' ) );

	add_settings_section( 'dnwidgets_clinic', esc_html__( 'Your clinic', 'dry-needling-widgets' ), 'dnwidgets_clinic_intro', DNWIDGETS_SETTINGS_PAGE );
	$fields = array(
		'clinic_name'  => array( esc_html__( 'Clinic name', 'dry-needling-widgets' ), 'text' ),
		'clinic_phone' => array( esc_html__( 'Phone number', 'dry-needling-widgets' ), 'tel' ),
		'booking_url'  => array( esc_html__( 'Booking link', 'dry-needling-widgets' ), 'url' ),
		'emergency_number' => array( esc_html__( 'Emergency number', 'dry-needling-widgets' ), 'tel' ),
	);
	foreach ( $fields as $key => list( $label, $type ) ) {
		add_settings_field(
			'dnwidgets_' . $key,
			$label,
			'dnwidgets_text_field',
			DNWIDGETS_SETTINGS_PAGE,
			'dnwidgets_clinic',
			array(
				'label_for' => 'dnwidgets_' . $key,
				'key'       => $key,
				'type'      => $type,
			)
		);
	}
}
add_action( 'admin_init', 'dnwidgets_add_settings_fields' );

/**
 * Explains where the widgets go.
 */
function dnwidgets_defaults_intro() {
	echo '<p>' . esc_html__( 'Add the widgets with the "Dry needling information" block, or with a shortcode such as [dry_needling section="side-effects"]. Their options override these defaults.', 'dry-needling-widgets' ) . '</p>';
}

/**
 * Explains where the clinic's details appear.
 */
function dnwidgets_clinic_intro() {
	echo '<p>' . esc_html__( 'Your name, phone and booking link are shown in the "Get help now" box and the safety notice. The emergency number (digits only, such as 911, 112 or 999) tells patients what to call for warning signs after treatment; when it is empty they read "your local emergency number". Leave a field empty to leave it out.', 'dry-needling-widgets' ) . '</p>';
}

/**
 * Prints one <option>.
 *
 * @param string $value    Option value.
 * @param string $label    Option label.
 * @param string $selected The saved value.
 */
function dnwidgets_option( $value, $label, $selected ) {
	printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $value, $selected, false ), esc_html( $label ) );
}

/**
 * The default language: the site's (and Polylang's or WPML's) or a fixed one.
 */
function dnwidgets_language_field() {
	$saved = dnwidgets_get_settings()['language'];
	echo '<select id="dnwidgets_language" name="' . esc_attr( DNWIDGETS_OPTION ) . '[language]">';
	/* translators: %s: name of a language, e.g. Español. */
	dnwidgets_option( '', sprintf( __( 'Follow the site language (now: %s)', 'dry-needling-widgets' ), dnwidgets_languages()[ dnwidgets_site_language() ] ), $saved );
	foreach ( dnwidgets_languages() as $code => $name ) {
		dnwidgets_option( $code, $name, $saved );
	}
	echo '</select>';
	echo '<p class="description">' . esc_html__( 'Follows Polylang or WPML when one of them is active. A language the widgets do not have shows English.', 'dry-needling-widgets' ) . '</p>';
}

/**
 * The default theme.
 */
function dnwidgets_theme_field() {
	$saved  = dnwidgets_get_settings()['theme'];
	$labels = array(
		'light' => __( 'Light', 'dry-needling-widgets' ),
		'dark'  => __( 'Dark', 'dry-needling-widgets' ),
		'auto'  => __( "Follow the reader's system", 'dry-needling-widgets' ),
	);
	echo '<select id="dnwidgets_theme" name="' . esc_attr( DNWIDGETS_OPTION ) . '[theme]">';
	foreach ( dnwidgets_themes() as $theme ) {
		dnwidgets_option( $theme, $labels[ $theme ], $saved );
	}
	echo '</select>';
	echo '<p class="description">' . esc_html__( 'Pages show the text without waiting for JavaScript with the light theme only; the other themes appear once the script has run.', 'dry-needling-widgets' ) . '</p>';
}

/**
 * A text, phone or URL field.
 *
 * @param array $args Field arguments: key and type.
 */
function dnwidgets_text_field( $args ) {
	printf(
		'<input class="regular-text" type="%s" id="dnwidgets_%s" name="%s[%s]" value="%s">',
		esc_attr( $args['type'] ),
		esc_attr( $args['key'] ),
		esc_attr( DNWIDGETS_OPTION ),
		esc_attr( $args['key'] ),
		esc_attr( dnwidgets_get_settings()[ $args['key'] ] )
	);
}

/**
 * The page itself.
 */
function dnwidgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'dnwidgets' );
	do_settings_sections( DNWIDGETS_SETTINGS_PAGE );
	submit_button();
	echo '</form></div>';
}
