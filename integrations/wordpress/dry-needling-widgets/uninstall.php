<?php
/**
 * Removes the plugin's settings when it is deleted from the Plugins screen.
 *
 * @package DryNeedlingWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	// Each site of a network keeps its own settings.
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $dnwidgets_site_id ) {
		switch_to_blog( $dnwidgets_site_id );
		delete_option( 'dnwidgets_settings' );
		delete_option( 'dnw_settings' ); // Version 0.1.0's name, if never migrated.
		restore_current_blog();
	}
} else {
	delete_option( 'dnwidgets_settings' );
	delete_option( 'dnw_settings' ); // Version 0.1.0's name, if never migrated.
}
