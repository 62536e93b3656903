/**
 */
package org.tandem.model.api;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Someone who takes part.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.Person#getNativeName <em>Native Name</em>}</li>
 *   <li>{@link org.tandem.model.api.Person#getLatinName <em>Latin Name</em>}</li>
 *   <li>{@link org.tandem.model.api.Person#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.tandem.model.api.Person#getRegion <em>Region</em>}</li>
 *   <li>{@link org.tandem.model.api.Person#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.tandem.model.api.Person#getRole <em>Role</em>}</li>
 *   <li>{@link org.tandem.model.api.Person#getEmail <em>Email</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends Identified {
	/**
	 * Returns the value of the '<em><b>Native Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name in its own script, such as 李伟.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Native Name</em>' attribute.
	 * @see #setNativeName(String)
	 * @see org.tandem.model.api.TandemPackage#getPerson_NativeName()
	 * @model
	 * @generated
	 */
	String getNativeName();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Person#getNativeName <em>Native Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Native Name</em>' attribute.
	 * @see #getNativeName()
	 * @generated
	 */
	void setNativeName(String value);

	/**
	 * Returns the value of the '<em><b>Latin Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name in Latin script, such as Li Wei.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Latin Name</em>' attribute.
	 * @see #setLatinName(String)
	 * @see org.tandem.model.api.TandemPackage#getPerson_LatinName()
	 * @model
	 * @generated
	 */
	String getLatinName();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Person#getLatinName <em>Latin Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latin Name</em>' attribute.
	 * @see #getLatinName()
	 * @generated
	 */
	void setLatinName(String value);

	/**
	 * Returns the value of the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the person works.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organization</em>' reference.
	 * @see #setOrganization(Organization)
	 * @see org.tandem.model.api.TandemPackage#getPerson_Organization()
	 * @model
	 * @generated
	 */
	Organization getOrganization();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Person#getOrganization <em>Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization</em>' reference.
	 * @see #getOrganization()
	 * @generated
	 */
	void setOrganization(Organization value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The region the person belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(Region)
	 * @see org.tandem.model.api.TandemPackage#getPerson_Region()
	 * @model
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Person#getRegion <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Region value);

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Languages the person reads (BCP 47 codes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Languages</em>' attribute list.
	 * @see org.tandem.model.api.TandemPackage#getPerson_Languages()
	 * @model
	 * @generated
	 */
	EList<String> getLanguages();

	/**
	 * Returns the value of the '<em><b>Role</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role in the partnership.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' containment reference.
	 * @see #setRole(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getPerson_Role()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getRole();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Person#getRole <em>Role</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' containment reference.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * E-mail address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.tandem.model.api.TandemPackage#getPerson_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Person#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

} // Person
