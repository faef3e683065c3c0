<?php
/**
 * Removes the plugin's settings when it is deleted from the Plugins screen.
 *
 * @package DryNeedlingWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	// Each site of a network keeps its own settings.
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $dnw_site_id ) {
		switch_to_blog( $dnw_site_id );
		delete_option( 'dnw_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'dnw_settings' );
}
