/**
 * Editor side of the "Dry needling information" block: plain JavaScript against the editor's
 * globals (no build step). The options come from block.json's enums; the server renders the
 * preview with the same PHP as the site, and the library script renders it in the editor.
 */
( function ( blocks, element, components, blockEditor, ServerSideRender, i18n ) {
	'use strict';

	const el = element.createElement;
	const __ = i18n.__;
	const NAME = 'dry-needling-widgets/widget';

	const SECTIONS = {
		guide: __( 'Whole guide', 'dry-needling-widgets' ),
		explainer: __( 'What is dry needling?', 'dry-needling-widgets' ),
		'how-it-works': __( 'How does it work?', 'dry-needling-widgets' ),
		conditions: __( 'What is it used for?', 'dry-needling-widgets' ),
		session: __( 'What happens during a session?', 'dry-needling-widgets' ),
		'side-effects': __( 'Side effects and risks', 'dry-needling-widgets' ),
		'vs-acupuncture': __( 'Dry needling and acupuncture', 'dry-needling-widgets' ),
		'safety-notice': __( 'Is it safe for me?', 'dry-needling-widgets' ),
	};
	const THEMES = {
		'': __( 'Site default', 'dry-needling-widgets' ),
		light: __( 'Light', 'dry-needling-widgets' ),
		dark: __( 'Dark', 'dry-needling-widgets' ),
		auto: __( "Follow the reader's system", 'dry-needling-widgets' ),
	};
	const VARIANTS = {
		full: __( 'Full', 'dry-needling-widgets' ),
		compact: __( 'Compact (key points only)', 'dry-needling-widgets' ),
	};

	// Language names in the editor's own language, so no list of names is kept here.
	function languageName( code ) {
		if ( ! code ) {
			return __( 'Site default', 'dry-needling-widgets' );
		}
		try {
			const names = new Intl.DisplayNames( [ document.documentElement.lang || 'en' ], { type: 'language' } );
			return names.of( code ) + ' (' + code + ')';
		} catch ( error ) {
			return code;
		}
	}

	function choices( values, label ) {
		return values.map( function ( value ) {
			return { value: String( value ), label: label( value ) };
		} );
	}

	blocks.registerBlockType( NAME, {
		edit: function Edit( props ) {
			const attributes = props.attributes;
			const schema = blocks.getBlockType( NAME ).attributes;
			const set = function ( key, parse ) {
				return function ( value ) {
					const update = {};
					update[ key ] = parse ? parse( value ) : value;
					props.setAttributes( update );
				};
			};
			const select = function ( key, label, options, parse ) {
				return el( components.SelectControl, {
					label: label,
					value: String( attributes[ key ] ),
					options: options,
					onChange: set( key, parse ),
				} );
			};
			const toggle = function ( key, label ) {
				return el( components.ToggleControl, {
					label: label,
					checked: attributes[ key ],
					onChange: set( key ),
				} );
			};

			return el(
				'div',
				blockEditor.useBlockProps(),
				el(
					blockEditor.InspectorControls,
					null,
					el(
						components.PanelBody,
						{ title: __( 'Patient information', 'dry-needling-widgets' ) },
						select( 'section', __( 'Section', 'dry-needling-widgets' ), choices( schema.section.enum, function ( value ) {
							return SECTIONS[ value ] || value;
						} ) ),
						select( 'lang', __( 'Language', 'dry-needling-widgets' ), choices( schema.lang.enum, languageName ) ),
						select(
							'headingLevel',
							__( 'Heading level', 'dry-needling-widgets' ),
							choices( schema.headingLevel.enum, function ( value ) {
								return 'H' + value;
							} ),
							Number
						),
						select( 'theme', __( 'Theme', 'dry-needling-widgets' ), choices( schema.theme.enum, function ( value ) {
							return THEMES[ value ] || value;
						} ) ),
						select( 'variant', __( 'Length', 'dry-needling-widgets' ), choices( schema.variant.enum, function ( value ) {
							return VARIANTS[ value ] || value;
						} ) ),
						toggle( 'collapsible', __( 'Collapsed to its heading', 'dry-needling-widgets' ) ),
						'guide' === attributes.section
							? toggle( 'toc', __( 'Table of contents', 'dry-needling-widgets' ) )
							: null
					)
				),
				el( ServerSideRender, { block: NAME, attributes: attributes } )
			);
		},
		// Rendered on the server: nothing is saved but the block comment and its attributes.
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.components, window.wp.blockEditor, window.wp.serverSideRender, window.wp.i18n );
