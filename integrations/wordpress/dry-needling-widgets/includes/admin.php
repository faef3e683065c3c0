<?php
/**
 * Settings → Dry needling: default language and theme, and the clinic's contact details.
 *
 * The form posts to options.php, which checks the nonce from settings_fields() and the
 * manage_options capability, then saves through dnw_sanitize_settings().
 *
 * @package DryNeedlingWidgets
 */

defined( 'ABSPATH' ) || exit;

const DNW_SETTINGS_PAGE = 'dry-needling-widgets';

/**
 * Adds the page under Settings.
 */
function dnw_add_settings_page() {
	add_options_page(
		__( 'Dry needling', 'dry-needling-widgets' ),
		__( 'Dry needling', 'dry-needling-widgets' ),
		'manage_options',
		DNW_SETTINGS_PAGE,
		'dnw_render_settings_page'
	);
}
add_action( 'admin_menu', 'dnw_add_settings_page' );

/**
 * Links to the settings from the plugin's row on the Plugins screen.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function dnw_plugin_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . DNW_SETTINGS_PAGE );
	array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( $url ), esc_html__( 'Settings', 'dry-needling-widgets' ) ) );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( DNW_FILE ), 'dnw_plugin_action_links' );

/**
 * Declares the page's sections and fields.
 */
function dnw_add_settings_fields() {
	add_settings_section( 'dnw_defaults', __( 'Defaults', 'dry-needling-widgets' ), 'dnw_defaults_intro', DNW_SETTINGS_PAGE );
	add_settings_field( 'dnw_language', __( 'Language', 'dry-needling-widgets' ), 'dnw_language_field', DNW_SETTINGS_PAGE, 'dnw_defaults', array( 'label_for' => 'dnw_language' ) );
	add_settings_field( 'dnw_theme', __( 'Theme', 'dry-needling-widgets' ), 'dnw_theme_field', DNW_SETTINGS_PAGE, 'dnw_defaults', array( 'label_for' => 'dnw_theme' ) );

	add_settings_section( 'dnw_clinic', __( 'Your clinic', 'dry-needling-widgets' ), 'dnw_clinic_intro', DNW_SETTINGS_PAGE );
	$fields = array(
		'clinic_name'  => array( __( 'Clinic name', 'dry-needling-widgets' ), 'text' ),
		'clinic_phone' => array( __( 'Phone number', 'dry-needling-widgets' ), 'tel' ),
		'booking_url'  => array( __( 'Booking link', 'dry-needling-widgets' ), 'url' ),
		'emergency_number' => array( __( 'Emergency number', 'dry-needling-widgets' ), 'tel' ),
	);
	foreach ( $fields as $key => list( $label, $type ) ) {
		add_settings_field(
			'dnw_' . $key,
			$label,
			'dnw_text_field',
			DNW_SETTINGS_PAGE,
			'dnw_clinic',
			array(
				'label_for' => 'dnw_' . $key,
				'key'       => $key,
				'type'      => $type,
			)
		);
	}
}
add_action( 'admin_init', 'dnw_add_settings_fields' );

/**
 * Explains where the widgets go.
 */
function dnw_defaults_intro() {
	echo '<p>' . esc_html__( 'Add the widgets with the "Dry needling information" block, or with a shortcode such as [dry_needling section="side-effects"]. Their options override these defaults.', 'dry-needling-widgets' ) . '</p>';
}

/**
 * Explains where the clinic's details appear.
 */
function dnw_clinic_intro() {
	echo '<p>' . esc_html__( 'Your name, phone and booking link are shown in the "Get help now" box and the safety notice. The emergency number (digits only, such as 911, 112 or 999) tells patients what to call for warning signs after treatment; when it is empty they read "your local emergency number". Leave a field empty to leave it out.', 'dry-needling-widgets' ) . '</p>';
}

/**
 * Prints one <option>.
 *
 * @param string $value    Option value.
 * @param string $label    Option label.
 * @param string $selected The saved value.
 */
function dnw_option( $value, $label, $selected ) {
	printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $value, $selected, false ), esc_html( $label ) );
}

/**
 * The default language: the site's (and Polylang's or WPML's) or a fixed one.
 */
function dnw_language_field() {
	$saved = dnw_get_settings()['language'];
	echo '<select id="dnw_language" name="' . esc_attr( DNW_OPTION ) . '[language]">';
	/* translators: %s: name of a language, e.g. Español. */
	dnw_option( '', sprintf( __( 'Follow the site language (now: %s)', 'dry-needling-widgets' ), dnw_languages()[ dnw_site_language() ] ), $saved );
	foreach ( dnw_languages() as $code => $name ) {
		dnw_option( $code, $name, $saved );
	}
	echo '</select>';
	echo '<p class="description">' . esc_html__( 'Follows Polylang or WPML when one of them is active. A language the widgets do not have shows English.', 'dry-needling-widgets' ) . '</p>';
}

/**
 * The default theme.
 */
function dnw_theme_field() {
	$saved  = dnw_get_settings()['theme'];
	$labels = array(
		'light' => __( 'Light', 'dry-needling-widgets' ),
		'dark'  => __( 'Dark', 'dry-needling-widgets' ),
		'auto'  => __( "Follow the reader's system", 'dry-needling-widgets' ),
	);
	echo '<select id="dnw_theme" name="' . esc_attr( DNW_OPTION ) . '[theme]">';
	foreach ( dnw_themes() as $theme ) {
		dnw_option( $theme, $labels[ $theme ], $saved );
	}
	echo '</select>';
	echo '<p class="description">' . esc_html__( 'Pages show the text without waiting for JavaScript with the light theme only; the other themes appear once the script has run.', 'dry-needling-widgets' ) . '</p>';
}

/**
 * A text, phone or URL field.
 *
 * @param array $args Field arguments: key and type.
 */
function dnw_text_field( $args ) {
	printf(
		'<input class="regular-text" type="%s" id="dnw_%s" name="%s[%s]" value="%s">',
		esc_attr( $args['type'] ),
		esc_attr( $args['key'] ),
		esc_attr( DNW_OPTION ),
		esc_attr( $args['key'] ),
		esc_attr( dnw_get_settings()[ $args['key'] ] )
	);
}

/**
 * The page itself.
 */
function dnw_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'dnw' );
	do_settings_sections( DNW_SETTINGS_PAGE );
	submit_button();
	echo '</form></div>';
}
