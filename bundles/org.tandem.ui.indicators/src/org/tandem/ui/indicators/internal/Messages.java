package org.tandem.ui.indicators.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the indicator editor, the scenario comparison and the import wizard; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.ui.indicators.internal.messages"; //$NON-NLS-1$

	public static String header;
	public static String targets;
	public static String measurements;
	public static String add;
	public static String remove;
	public static String importMeasurements;
	public static String columnYear;
	public static String columnValue;
	public static String columnUnit;
	public static String columnDate;
	public static String columnMethod;
	public static String columnSource;
	public static String notANumber;
	public static String notAYear;
	public static String notADate;
	public static String unitNotConvertible;
	public static String addTarget;
	public static String addMeasurement;
	public static String removeFigures;
	public static String seriesMeasured;
	public static String seriesTargets;
	public static String seriesBaseline;
	public static String seriesExpected;
	public static String axisYear;
	public static String regionsTitle;
	public static String noPartner;
	public static String sameMethod;
	public static String unconverted;
	public static String scenarioIndicator;
	public static String columnScenario;
	public static String columnReached;
	public static String columnInTime;
	public static String columnTargetYearValue;
	public static String columnCost;
	public static String reachedIn;
	public static String notReached;
	public static String yes;
	public static String no;
	public static String noTarget;
	public static String noCost;
	public static String referenceSuffix;
	public static String scenarioTab;
	public static String importTitle;
	public static String importDescription;
	public static String importFile;
	public static String importBrowse;
	public static String importNoColumn;
	public static String importAccepted;
	public static String importRejected;
	public static String importMissing;
	public static String importUnreadable;
	public static String importUnclosedQuote;
	public static String importNothing;
	public static String columnLine;
	public static String columnReason;
	public static String fieldDate;
	public static String fieldValue;
	public static String fieldUnit;
	public static String fieldSource;
	public static String fieldMethod;
	public static String calculatorFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
