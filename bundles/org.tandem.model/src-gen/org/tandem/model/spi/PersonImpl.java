/**
 */
package org.tandem.model.spi;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Organization;
import org.tandem.model.api.Person;
import org.tandem.model.api.Region;
import org.tandem.model.api.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.spi.PersonImpl#getNativeName <em>Native Name</em>}</li>
 *   <li>{@link org.tandem.model.spi.PersonImpl#getLatinName <em>Latin Name</em>}</li>
 *   <li>{@link org.tandem.model.spi.PersonImpl#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.tandem.model.spi.PersonImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.tandem.model.spi.PersonImpl#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.tandem.model.spi.PersonImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.tandem.model.spi.PersonImpl#getEmail <em>Email</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonImpl extends IdentifiedImpl implements Person {
	/**
	 * The default value of the '{@link #getNativeName() <em>Native Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNativeName()
	 * @generated
	 * @ordered
	 */
	protected static final String NATIVE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNativeName() <em>Native Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNativeName()
	 * @generated
	 * @ordered
	 */
	protected String nativeName = NATIVE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLatinName() <em>Latin Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatinName()
	 * @generated
	 * @ordered
	 */
	protected static final String LATIN_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLatinName() <em>Latin Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatinName()
	 * @generated
	 * @ordered
	 */
	protected String latinName = LATIN_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrganization() <em>Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganization()
	 * @generated
	 * @ordered
	 */
	protected Organization organization;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected Region region;

	/**
	 * The cached value of the '{@link #getLanguages() <em>Languages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> languages;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText role;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.PERSON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNativeName() {
		return nativeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNativeName(String newNativeName) {
		String oldNativeName = nativeName;
		nativeName = newNativeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PERSON__NATIVE_NAME, oldNativeName, nativeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLatinName() {
		return latinName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatinName(String newLatinName) {
		String oldLatinName = latinName;
		latinName = newLatinName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PERSON__LATIN_NAME, oldLatinName, latinName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getOrganization() {
		if (organization != null && organization.eIsProxy()) {
			InternalEObject oldOrganization = (InternalEObject)organization;
			organization = (Organization)eResolveProxy(oldOrganization);
			if (organization != oldOrganization) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.PERSON__ORGANIZATION, oldOrganization, organization));
			}
		}
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetOrganization() {
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganization(Organization newOrganization) {
		Organization oldOrganization = organization;
		organization = newOrganization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PERSON__ORGANIZATION, oldOrganization, organization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region getRegion() {
		if (region != null && region.eIsProxy()) {
			InternalEObject oldRegion = (InternalEObject)region;
			region = (Region)eResolveProxy(oldRegion);
			if (region != oldRegion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.PERSON__REGION, oldRegion, region));
			}
		}
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Region basicGetRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(Region newRegion) {
		Region oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PERSON__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLanguages() {
		if (languages == null) {
			languages = new EDataTypeUniqueEList<String>(String.class, this, TandemPackage.PERSON__LANGUAGES);
		}
		return languages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRole(LocalizedText newRole, NotificationChain msgs) {
		LocalizedText oldRole = role;
		role = newRole;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.PERSON__ROLE, oldRole, newRole);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(LocalizedText newRole) {
		if (newRole != role) {
			NotificationChain msgs = null;
			if (role != null)
				msgs = ((InternalEObject)role).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.PERSON__ROLE, null, msgs);
			if (newRole != null)
				msgs = ((InternalEObject)newRole).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.PERSON__ROLE, null, msgs);
			msgs = basicSetRole(newRole, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PERSON__ROLE, newRole, newRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PERSON__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TandemPackage.PERSON__ROLE:
				return basicSetRole(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.PERSON__NATIVE_NAME:
				return getNativeName();
			case TandemPackage.PERSON__LATIN_NAME:
				return getLatinName();
			case TandemPackage.PERSON__ORGANIZATION:
				if (resolve) return getOrganization();
				return basicGetOrganization();
			case TandemPackage.PERSON__REGION:
				if (resolve) return getRegion();
				return basicGetRegion();
			case TandemPackage.PERSON__LANGUAGES:
				return getLanguages();
			case TandemPackage.PERSON__ROLE:
				return getRole();
			case TandemPackage.PERSON__EMAIL:
				return getEmail();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TandemPackage.PERSON__NATIVE_NAME:
				setNativeName((String)newValue);
				return;
			case TandemPackage.PERSON__LATIN_NAME:
				setLatinName((String)newValue);
				return;
			case TandemPackage.PERSON__ORGANIZATION:
				setOrganization((Organization)newValue);
				return;
			case TandemPackage.PERSON__REGION:
				setRegion((Region)newValue);
				return;
			case TandemPackage.PERSON__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends String>)newValue);
				return;
			case TandemPackage.PERSON__ROLE:
				setRole((LocalizedText)newValue);
				return;
			case TandemPackage.PERSON__EMAIL:
				setEmail((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TandemPackage.PERSON__NATIVE_NAME:
				setNativeName(NATIVE_NAME_EDEFAULT);
				return;
			case TandemPackage.PERSON__LATIN_NAME:
				setLatinName(LATIN_NAME_EDEFAULT);
				return;
			case TandemPackage.PERSON__ORGANIZATION:
				setOrganization((Organization)null);
				return;
			case TandemPackage.PERSON__REGION:
				setRegion((Region)null);
				return;
			case TandemPackage.PERSON__LANGUAGES:
				getLanguages().clear();
				return;
			case TandemPackage.PERSON__ROLE:
				setRole((LocalizedText)null);
				return;
			case TandemPackage.PERSON__EMAIL:
				setEmail(EMAIL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TandemPackage.PERSON__NATIVE_NAME:
				return NATIVE_NAME_EDEFAULT == null ? nativeName != null : !NATIVE_NAME_EDEFAULT.equals(nativeName);
			case TandemPackage.PERSON__LATIN_NAME:
				return LATIN_NAME_EDEFAULT == null ? latinName != null : !LATIN_NAME_EDEFAULT.equals(latinName);
			case TandemPackage.PERSON__ORGANIZATION:
				return organization != null;
			case TandemPackage.PERSON__REGION:
				return region != null;
			case TandemPackage.PERSON__LANGUAGES:
				return languages != null && !languages.isEmpty();
			case TandemPackage.PERSON__ROLE:
				return role != null;
			case TandemPackage.PERSON__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (nativeName: ");
		result.append(nativeName);
		result.append(", latinName: ");
		result.append(latinName);
		result.append(", languages: ");
		result.append(languages);
		result.append(", email: ");
		result.append(email);
		result.append(')');
		return result.toString();
	}

} //PersonImpl
