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

$dnwidgets_command = $argv[1] ?? '';
$dnwidgets_url     = parse_url( getenv( 'WP_URL' ) );

// What a web request would set; WordPress reads these.
$_SERVER['HTTP_HOST']   = $dnwidgets_url['host'] . ':' . $dnwidgets_url['port'];
$_SERVER['SERVER_NAME'] = $dnwidgets_url['host'];
$_SERVER['REQUEST_URI'] = '/';

/**
 * No mail leaves the test machine (wp_mail() is pluggable: this one wins).
 *
 * @return bool
 */
function wp_mail() {
	return true;
}

if ( 'install' === $dnwidgets_command ) {
	define( 'WP_INSTALLING', true );
}
require getenv( 'WP_DIR' ) . '/wp-load.php';

const DNWIDGETS_PLUGIN = 'dry-needling-widgets/dry-needling-widgets.php';

/**
 * Stops with a message on stderr.
 *
 * @param string $message What went wrong.
 */
function dnwidgets_test_fail( $message ) {
	fwrite( STDERR, "site.php: $message\n" );
	exit( 1 );
}

switch ( $dnwidgets_command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		wp_install( 'Riverside Physio', 'admin', 'admin@example.com', false, '', getenv( 'WP_ADMIN_PASSWORD' ) );
		break;

	case 'plugin':
		require_once ABSPATH . 'wp-admin/includes/admin.php';
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		wp_set_current_user( 1 );
		$dnwidgets_upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$dnwidgets_result   = $dnwidgets_upgrader->install( getenv( 'PLUGIN_ZIP' ) );
		if ( true !== $dnwidgets_result ) {
			dnwidgets_test_fail( 'installing the zip failed: ' . implode( '; ', $dnwidgets_upgrader->skin->get_upgrade_messages() ) );
		}
		$dnwidgets_result = activate_plugin( DNWIDGETS_PLUGIN );
		if ( is_wp_error( $dnwidgets_result ) ) {
			dnwidgets_test_fail( 'activation failed: ' . $dnwidgets_result->get_error_message() );
		}
		break;

	case 'content':
		// An administrator (unfiltered_html), so that the hostile values reach the shortcode intact.
		wp_set_current_user( 1 );
		update_option(
			'dnwidgets_settings',
			array(
				'clinic_name'  => 'Riverside Physio & Co "Central"',
				'clinic_phone' => '+1 555-0100',
				'booking_url'  => 'https://riverside.example/book?from=site&lang=en',
			)
		);
		$dnwidgets_xss = array(
			'section'       => 'side-effects"><script>window.__dnwXss=1</script>',
			'lang'          => '"><script>alert(1)</script><script>window.__dnwXss=2</script>',
			'heading_level' => '"><img src=x onerror="window.__dnwXss=3">',
			'theme'         => "'><svg onload=window.__dnwXss=4>",
			'variant'       => 'full" onmouseover="window.__dnwXss=5',
			'collapsible'   => '"><script>window.__dnwXss=6</script>',
			'toc'           => '"><script>window.__dnwXss=7</script>',
		);
		$dnwidgets_xss_atts = '';
		foreach ( $dnwidgets_xss as $dnwidgets_name => $dnwidgets_value ) {
			$dnwidgets_quote     = false === strpos( $dnwidgets_value, "'" ) ? "'" : '"';
			$dnwidgets_xss_atts .= " $dnwidgets_name=$dnwidgets_quote$dnwidgets_value$dnwidgets_quote";
		}
		$dnwidgets_sections = array_keys( dnwidgets_sections() ); // Every section the plugin offers, the guide first.
		$dnwidgets_posts    = array(
			'sections' => implode(
				"\n\n",
				array_map(
					function ( $section ) {
						return '[dry_needling section="' . $section . '"]';
					},
					$dnwidgets_sections
				)
			),
			'spanish'  => '[dry_needling section="side-effects" lang="es"]' . "\n\n" . '[dry_needling section="safety-notice" lang="es-MX"]',
			'options'  => '[dry_needling section="side-effects" heading_level="3" theme="dark" variant="compact"]'
				. "\n\n" . '[dry_needling section="guide" lang="es" heading_level="4" collapsible="1" toc="0"]',
			'bad'      => '[dry_needling section="nope" lang="xx" heading_level="9" theme="neon" variant="tiny" collapsible="maybe" toc="perhaps"]'
				. "\n\n" . '[dry_needling section="SIDE-EFFECTS" heading_level="2.5" lang="" theme=""]',
			'xss'      => "[dry_needling$dnwidgets_xss_atts]",
			'twice'    => '[dry_needling section="side-effects"]' . "\n\n" . '[dry_needling section="conditions"]',
			'language' => '[dry_needling section="side-effects"]',
			'plain'    => 'A page without widgets.',
			'block'    => '<!-- wp:dry-needling-widgets/widget {"section":"conditions"} /-->' . "\n\n"
				. '<!-- wp:dry-needling-widgets/widget {"section":"safety-notice","lang":"es","headingLevel":3} /-->' . "\n\n"
				. '<!-- wp:dry-needling-widgets/widget {"section":"side-effects","headingLevel":9,"theme":"neon","lang":"\"><script>window.__dnwXss=8</script>"} /-->',
		);
		// An editor may write posts but not change the plugin's settings.
		$dnwidgets_editor = wp_insert_user(
			array(
				'user_login' => 'editor',
				'user_pass'  => getenv( 'WP_ADMIN_PASSWORD' ),
				'user_email' => 'editor@example.com',
				'role'       => 'editor',
			)
		);
		if ( is_wp_error( $dnwidgets_editor ) ) {
			dnwidgets_test_fail( $dnwidgets_editor->get_error_message() );
		}
		$dnwidgets_site = array( 'posts' => array() );
		foreach ( $dnwidgets_posts as $dnwidgets_name => $dnwidgets_content ) {
			$dnwidgets_id = wp_insert_post(
				array(
					'post_title'   => "Dry needling: $dnwidgets_name",
					'post_content' => wp_slash( $dnwidgets_content ),
					'post_status'  => 'publish',
				),
				true
			);
			if ( is_wp_error( $dnwidgets_id ) ) {
				dnwidgets_test_fail( $dnwidgets_id->get_error_message() );
			}
			if ( get_post_field( 'post_content', $dnwidgets_id ) !== $dnwidgets_content ) {
				dnwidgets_test_fail( "post \"$dnwidgets_name\" was changed on save" );
			}
			$dnwidgets_site['posts'][ $dnwidgets_name ] = array(
				'id'  => $dnwidgets_id,
				'url' => get_permalink( $dnwidgets_id ),
			);
		}
		file_put_contents( getenv( 'SITE_JSON' ), wp_json_encode( $dnwidgets_site, JSON_PRETTY_PRINT ) );
		break;

	case 'checks':
		$dnwidgets_results = array();
		$dnwidgets_check   = function ( $name, $actual, $expected ) use ( &$dnwidgets_results ) {
			$dnwidgets_results[] = array(
				'name'   => $name,
				'ok'     => $actual === $expected,
				'detail' => $actual === $expected ? '' : 'got ' . wp_json_encode( $actual ) . ', expected ' . wp_json_encode( $expected ),
			);
		};

		$dnwidgets_locales = array(
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
		$dnwidgets_mapped = array();
		foreach ( array_keys( $dnwidgets_locales ) as $dnwidgets_locale ) {
			$dnwidgets_mapped[ $dnwidgets_locale ] = dnwidgets_match_language( (string) $dnwidgets_locale );
		}
		$dnwidgets_check( 'WordPress locales map to the library\'s languages', $dnwidgets_mapped, $dnwidgets_locales );
		$dnwidgets_check( 'a non-string language maps to none', dnwidgets_match_language( array( 'es' ) ), null );

		$dnwidgets_check(
			'settings are sanitized: tags, bad URL schemes, unknown values',
			dnwidgets_sanitize_settings(
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
		$dnwidgets_check(
			'an emergency number is kept only as 2 to 8 digits',
			array_map(
				function ( $number ) {
					return dnwidgets_sanitize_settings( array( 'emergency_number' => $number ) )['emergency_number'];
				},
				array( '911', ' 112 ', '000', '1', '999 or 112', '+44 999', '123456789' )
			),
			array( '911', '112', '000', '', '', '', '' )
		);
		$dnwidgets_check( 'settings that are not an array become the defaults', dnwidgets_sanitize_settings( 'oops' ), dnwidgets_default_settings() );

		$dnwidgets_options = dnwidgets_options(
			array(
				'section'       => array( 'side-effects' ),
				'lang'          => new stdClass(),
				'heading_level' => array( 3 ),
				'theme'         => null,
				'collapsible'   => true,
				'toc'           => false,
			)
		);
		$dnwidgets_check(
			'options of the wrong type fall back (no warning)',
			array( $dnwidgets_options['section'], $dnwidgets_options['heading_level'], $dnwidgets_options['collapsible'], $dnwidgets_options['toc'] ),
			array( 'guide', 2, true, false )
		);

		$dnwidgets_block = json_decode( file_get_contents( WP_PLUGIN_DIR . '/dry-needling-widgets/block/block.json' ), true );
		$dnwidgets_check( 'block.json sections = the shortcode\'s', $dnwidgets_block['attributes']['section']['enum'], array_keys( dnwidgets_sections() ) );
		$dnwidgets_check( 'block.json languages = the shortcode\'s', $dnwidgets_block['attributes']['lang']['enum'], array_merge( array( '' ), array_keys( dnwidgets_languages() ) ) );
		$dnwidgets_check( 'the shortcode is registered', shortcode_exists( 'dry_needling' ), true );
		$dnwidgets_check( 'the block is registered', WP_Block_Type_Registry::get_instance()->is_registered( 'dry-needling-widgets/widget' ), true );

		// Settings saved by 0.1.0 under the three-letter prefix survive the update.
		$dnwidgets_saved = get_option( 'dnwidgets_settings' );
		delete_option( 'dnwidgets_settings' );
		update_option( 'dnw_settings', array( 'clinic_name' => 'Old Clinic', 'emergency_number' => '112' ) );
		dnwidgets_migrate_settings();
		$dnwidgets_migrated = get_option( 'dnwidgets_settings' );
		$dnwidgets_check(
			'settings under the old option name move to the new one',
			array( $dnwidgets_migrated['clinic_name'], $dnwidgets_migrated['emergency_number'], get_option( 'dnw_settings', 'gone' ) ),
			array( 'Old Clinic', '112', 'gone' )
		);
		update_option( 'dnw_settings', array( 'clinic_name' => 'Older' ) );
		dnwidgets_migrate_settings();
		$dnwidgets_check( 'newer settings win over old ones', get_option( 'dnwidgets_settings' )['clinic_name'], 'Old Clinic' );
		update_option( 'dnwidgets_settings', $dnwidgets_saved );

		// Without a hash the library is not loaded at all (never unpinned).
		$dnwidgets_unpinned = tempnam( sys_get_temp_dir(), 'dnwidgets' );
		file_put_contents( $dnwidgets_unpinned, wp_json_encode( array( 'hydrateEntry' => 'x.js', 'files' => array( 'x.js' => array() ) ) ) );
		$dnwidgets_library = dnwidgets_read_library( DNWIDGETS_DIR . 'assets/cdn/integrity.json' );
		$dnwidgets_check(
			'the library is read with its hash, and not at all without one',
			array(
				0 === strpos( $dnwidgets_library['integrity'], 'sha384-' ),
				dnwidgets_read_library( $dnwidgets_unpinned ),
				dnwidgets_read_library( DNWIDGETS_DIR . 'assets/cdn/missing.json' ),
			),
			array( true, null, null )
		);
		unlink( $dnwidgets_unpinned );

		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		update_option( 'dnw_settings', array( 'clinic_name' => 'Never migrated' ) );
		deactivate_plugins( DNWIDGETS_PLUGIN );
		uninstall_plugin( DNWIDGETS_PLUGIN );
		$dnwidgets_check(
			'uninstalling removes the settings, under both names',
			array( get_option( 'dnwidgets_settings', 'deleted' ), get_option( 'dnw_settings', 'deleted' ) ),
			array( 'deleted', 'deleted' )
		);

		echo wp_json_encode( $dnwidgets_results );
		break;

	default:
		dnwidgets_test_fail( "unknown command \"$dnwidgets_command\"" );
}
