<?php
/**
 * The test site for scripts/test-wordpress.sh, through WordPress's own PHP API (no WP-CLI here).
 *
 *   php site.php install  installs WordPress
 *   php site.php plugin   installs the plugin zip as "Upload Plugin" does, and activates it
 *   php site.php content  saves the settings and the test posts, writes their URLs to $SITE_JSON
 *   php site.php checks   prints JSON results of checks run inside WordPress, then uninstalls
 *
 * Environment: WP_DIR, WP_URL, WP_ADMIN_PASSWORD, PLUGIN_ZIP, SITE_JSON.
 *
 * @package DryNeedlingWidgets
 */

$dnw_command = $argv[1] ?? '';
$dnw_url     = parse_url( getenv( 'WP_URL' ) );

// What a web request would set; WordPress reads these.
$_SERVER['HTTP_HOST']   = $dnw_url['host'] . ':' . $dnw_url['port'];
$_SERVER['SERVER_NAME'] = $dnw_url['host'];
$_SERVER['REQUEST_URI'] = '/';

/**
 * No mail leaves the test machine (wp_mail() is pluggable: this one wins).
 *
 * @return bool
 */
function wp_mail() {
	return true;
}

if ( 'install' === $dnw_command ) {
	define( 'WP_INSTALLING', true );
}
require getenv( 'WP_DIR' ) . '/wp-load.php';

const DNW_PLUGIN = 'dry-needling-widgets/dry-needling-widgets.php';

/**
 * Stops with a message on stderr.
 *
 * @param string $message What went wrong.
 */
function dnw_test_fail( $message ) {
	fwrite( STDERR, "site.php: $message\n" );
	exit( 1 );
}

switch ( $dnw_command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		wp_install( 'Riverside Physio', 'admin', 'admin@example.com', false, '', getenv( 'WP_ADMIN_PASSWORD' ) );
		break;

	case 'plugin':
		require_once ABSPATH . 'wp-admin/includes/admin.php';
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		wp_set_current_user( 1 );
		$dnw_upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$dnw_result   = $dnw_upgrader->install( getenv( 'PLUGIN_ZIP' ) );
		if ( true !== $dnw_result ) {
			dnw_test_fail( 'installing the zip failed: ' . implode( '; ', $dnw_upgrader->skin->get_upgrade_messages() ) );
		}
		$dnw_result = activate_plugin( DNW_PLUGIN );
		if ( is_wp_error( $dnw_result ) ) {
			dnw_test_fail( 'activation failed: ' . $dnw_result->get_error_message() );
		}
		break;

	case 'content':
		// An administrator (unfiltered_html), so that the hostile values reach the shortcode intact.
		wp_set_current_user( 1 );
		update_option(
			'dnw_settings',
			array(
				'clinic_name'  => 'Riverside Physio & Co "Central"',
				'clinic_phone' => '+1 555-0100',
				'booking_url'  => 'https://riverside.example/book?from=site&lang=en',
			)
		);
		$dnw_xss = array(
			'section'       => 'side-effects"><script>window.__dnwXss=1</script>',
			'lang'          => '"><script>alert(1)</script><script>window.__dnwXss=2</script>',
			'heading_level' => '"><img src=x onerror="window.__dnwXss=3">',
			'theme'         => "'><svg onload=window.__dnwXss=4>",
			'variant'       => 'full" onmouseover="window.__dnwXss=5',
			'collapsible'   => '"><script>window.__dnwXss=6</script>',
			'toc'           => '"><script>window.__dnwXss=7</script>',
		);
		$dnw_xss_atts = '';
		foreach ( $dnw_xss as $dnw_name => $dnw_value ) {
			$dnw_quote     = false === strpos( $dnw_value, "'" ) ? "'" : '"';
			$dnw_xss_atts .= " $dnw_name=$dnw_quote$dnw_value$dnw_quote";
		}
		$dnw_sections = array_keys( dnw_sections() ); // Every section the plugin offers, the guide first.
		$dnw_posts    = array(
			'sections' => implode(
				"\n\n",
				array_map(
					function ( $section ) {
						return '[dry_needling section="' . $section . '"]';
					},
					$dnw_sections
				)
			),
			'spanish'  => '[dry_needling section="side-effects" lang="es"]' . "\n\n" . '[dry_needling section="safety-notice" lang="es-MX"]',
			'options'  => '[dry_needling section="side-effects" heading_level="3" theme="dark" variant="compact"]'
				. "\n\n" . '[dry_needling section="guide" lang="es" heading_level="4" collapsible="1" toc="0"]',
			'bad'      => '[dry_needling section="nope" lang="xx" heading_level="9" theme="neon" variant="tiny" collapsible="maybe" toc="perhaps"]'
				. "\n\n" . '[dry_needling section="SIDE-EFFECTS" heading_level="2.5" lang="" theme=""]',
			'xss'      => "[dry_needling$dnw_xss_atts]",
			'twice'    => '[dry_needling section="side-effects"]' . "\n\n" . '[dry_needling section="conditions"]',
			'language' => '[dry_needling section="side-effects"]',
			'plain'    => 'A page without widgets.',
			'block'    => '<!-- wp:dry-needling-widgets/widget {"section":"conditions"} /-->' . "\n\n"
				. '<!-- wp:dry-needling-widgets/widget {"section":"safety-notice","lang":"es","headingLevel":3} /-->' . "\n\n"
				. '<!-- wp:dry-needling-widgets/widget {"section":"side-effects","headingLevel":9,"theme":"neon","lang":"\"><script>window.__dnwXss=8</script>"} /-->',
		);
		// An editor may write posts but not change the plugin's settings.
		$dnw_editor = wp_insert_user(
			array(
				'user_login' => 'editor',
				'user_pass'  => getenv( 'WP_ADMIN_PASSWORD' ),
				'user_email' => 'editor@example.com',
				'role'       => 'editor',
			)
		);
		if ( is_wp_error( $dnw_editor ) ) {
			dnw_test_fail( $dnw_editor->get_error_message() );
		}
		$dnw_site = array( 'posts' => array() );
		foreach ( $dnw_posts as $dnw_name => $dnw_content ) {
			$dnw_id = wp_insert_post(
				array(
					'post_title'   => "Dry needling: $dnw_name",
					'post_content' => wp_slash( $dnw_content ),
					'post_status'  => 'publish',
				),
				true
			);
			if ( is_wp_error( $dnw_id ) ) {
				dnw_test_fail( $dnw_id->get_error_message() );
			}
			if ( get_post_field( 'post_content', $dnw_id ) !== $dnw_content ) {
				dnw_test_fail( "post \"$dnw_name\" was changed on save" );
			}
			$dnw_site['posts'][ $dnw_name ] = array(
				'id'  => $dnw_id,
				'url' => get_permalink( $dnw_id ),
			);
		}
		file_put_contents( getenv( 'SITE_JSON' ), wp_json_encode( $dnw_site, JSON_PRETTY_PRINT ) );
		break;

	case 'checks':
		$dnw_results = array();
		$dnw_check   = function ( $name, $actual, $expected ) use ( &$dnw_results ) {
			$dnw_results[] = array(
				'name'   => $name,
				'ok'     => $actual === $expected,
				'detail' => $actual === $expected ? '' : 'got ' . wp_json_encode( $actual ) . ', expected ' . wp_json_encode( $expected ),
			);
		};

		$dnw_locales = array(
			'en_US'        => 'en',
			'es_ES'        => 'es',
			'es-MX'        => 'es',
			'pt_BR'        => 'pt',
			'pt_PT'        => 'pt',
			'PT_br'        => 'pt',
			'zh_CN'        => 'zh-Hans',
			'zh_SG'        => 'zh-Hans',
			'zh-hans'      => 'zh-Hans',
			'zh_TW'        => 'zh-Hant',
			'zh_HK'        => 'zh-Hant',
			'zh-Hant'      => 'zh-Hant',
			'fil'          => 'tl',
			'tl'           => 'tl',
			'de_DE_formal' => 'de',
			'ar'           => 'ar',
			'ko_KR'        => 'ko',
			'vi'           => 'vi',
			'ru_RU'        => 'ru',
			'fr_CA'        => 'fr',
			'it_IT'        => 'it',
			'pl_PL'        => 'pl',
			'ja'           => null,
			'xx'           => null,
			''             => null,
			'"><script>'   => null,
		);
		$dnw_mapped = array();
		foreach ( array_keys( $dnw_locales ) as $dnw_locale ) {
			$dnw_mapped[ $dnw_locale ] = dnw_match_language( (string) $dnw_locale );
		}
		$dnw_check( 'WordPress locales map to the library\'s languages', $dnw_mapped, $dnw_locales );
		$dnw_check( 'a non-string language maps to none', dnw_match_language( array( 'es' ) ), null );

		$dnw_check(
			'settings are sanitized: tags, bad URL schemes, unknown values',
			dnw_sanitize_settings(
				array(
					'language'     => 'klingon',
					'theme'        => 'neon',
					'clinic_name'  => ' <script>alert(1)</script>Lake <b>Clinic</b> ',
					'clinic_phone' => '+44 (20) 7946-0000 <b>x</b>',
					'booking_url'  => 'javascript:alert(1)',
					'emergency_number' => '112<script>',
					'extra'        => 'dropped',
				)
			),
			array(
				'language'     => '',
				'theme'        => 'light',
				'clinic_name'  => 'Lake Clinic',
				'clinic_phone' => '+44 (20) 7946-0000',
				'booking_url'  => '',
				'emergency_number' => '',
			)
		);
		$dnw_check(
			'an emergency number is kept only as 2 to 8 digits',
			array_map(
				function ( $number ) {
					return dnw_sanitize_settings( array( 'emergency_number' => $number ) )['emergency_number'];
				},
				array( '911', ' 112 ', '000', '1', '999 or 112', '+44 999', '123456789' )
			),
			array( '911', '112', '000', '', '', '', '' )
		);
		$dnw_check( 'settings that are not an array become the defaults', dnw_sanitize_settings( 'oops' ), dnw_default_settings() );

		$dnw_options = dnw_options(
			array(
				'section'       => array( 'side-effects' ),
				'lang'          => new stdClass(),
				'heading_level' => array( 3 ),
				'theme'         => null,
				'collapsible'   => true,
				'toc'           => false,
			)
		);
		$dnw_check(
			'options of the wrong type fall back (no warning)',
			array( $dnw_options['section'], $dnw_options['heading_level'], $dnw_options['collapsible'], $dnw_options['toc'] ),
			array( 'guide', 2, true, false )
		);

		$dnw_block = json_decode( file_get_contents( WP_PLUGIN_DIR . '/dry-needling-widgets/block/block.json' ), true );
		$dnw_check( 'block.json sections = the shortcode\'s', $dnw_block['attributes']['section']['enum'], array_keys( dnw_sections() ) );
		$dnw_check( 'block.json languages = the shortcode\'s', $dnw_block['attributes']['lang']['enum'], array_merge( array( '' ), array_keys( dnw_languages() ) ) );
		$dnw_check( 'the shortcode is registered', shortcode_exists( 'dry_needling' ), true );
		$dnw_check( 'the block is registered', WP_Block_Type_Registry::get_instance()->is_registered( 'dry-needling-widgets/widget' ), true );

		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		deactivate_plugins( DNW_PLUGIN );
		uninstall_plugin( DNW_PLUGIN );
		$dnw_check( 'uninstalling removes the settings', get_option( 'dnw_settings', 'deleted' ), 'deleted' );

		echo wp_json_encode( $dnw_results );
		break;

	default:
		dnw_test_fail( "unknown command \"$dnw_command\"" );
}
