/**
 */
package org.tandem.model.api;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Localized Text</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A text written in one language (the original) and translated into others.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.LocalizedText#getTranslations <em>Translations</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getLocalizedText()
 * @model
 * @generated
 */
public interface LocalizedText extends EObject {
	/**
	 * Returns the value of the '<em><b>Translations</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Translation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One entry per language.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Translations</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getLocalizedText_Translations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Translation> getTranslations();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text in the given language, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String getText(String language);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text in the given language, else the original text, else the first text there is; null when there is none.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String getTextOrOriginal(String language);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The translation that the others translate, or null.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	Translation getOriginal();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sets the text in the given language: the first one becomes the original, later ones drafts; a changed original makes every other translation stale.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	void setText(String language, String text);

} // LocalizedText
