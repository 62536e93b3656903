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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.tandem.model.api.Concept;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Person;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.TaskGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Task Group</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.spi.TaskGroupImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.spi.TaskGroupImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.tandem.model.spi.TaskGroupImpl#getCoChairs <em>Co Chairs</em>}</li>
 *   <li>{@link org.tandem.model.spi.TaskGroupImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.tandem.model.spi.TaskGroupImpl#getConcepts <em>Concepts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TaskGroupImpl extends IdentifiedImpl implements TaskGroup {
	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText name;

	/**
	 * The default value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected String domain = DOMAIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCoChairs() <em>Co Chairs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoChairs()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> coChairs;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> members;

	/**
	 * The cached value of the '{@link #getConcepts() <em>Concepts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcepts()
	 * @generated
	 * @ordered
	 */
	protected EList<Concept> concepts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TaskGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.TASK_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetName(LocalizedText newName, NotificationChain msgs) {
		LocalizedText oldName = name;
		name = newName;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.TASK_GROUP__NAME, oldName, newName);
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
	public void setName(LocalizedText newName) {
		if (newName != name) {
			NotificationChain msgs = null;
			if (name != null)
				msgs = ((InternalEObject)name).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.TASK_GROUP__NAME, null, msgs);
			if (newName != null)
				msgs = ((InternalEObject)newName).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.TASK_GROUP__NAME, null, msgs);
			msgs = basicSetName(newName, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.TASK_GROUP__NAME, newName, newName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(String newDomain) {
		String oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.TASK_GROUP__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getCoChairs() {
		if (coChairs == null) {
			coChairs = new EObjectResolvingEList<Person>(Person.class, this, TandemPackage.TASK_GROUP__CO_CHAIRS);
		}
		return coChairs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getMembers() {
		if (members == null) {
			members = new EObjectResolvingEList<Person>(Person.class, this, TandemPackage.TASK_GROUP__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Concept> getConcepts() {
		if (concepts == null) {
			concepts = new EObjectContainmentEList<Concept>(Concept.class, this, TandemPackage.TASK_GROUP__CONCEPTS);
		}
		return concepts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TandemPackage.TASK_GROUP__NAME:
				return basicSetName(null, msgs);
			case TandemPackage.TASK_GROUP__CONCEPTS:
				return ((InternalEList<?>)getConcepts()).basicRemove(otherEnd, msgs);
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
			case TandemPackage.TASK_GROUP__NAME:
				return getName();
			case TandemPackage.TASK_GROUP__DOMAIN:
				return getDomain();
			case TandemPackage.TASK_GROUP__CO_CHAIRS:
				return getCoChairs();
			case TandemPackage.TASK_GROUP__MEMBERS:
				return getMembers();
			case TandemPackage.TASK_GROUP__CONCEPTS:
				return getConcepts();
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
			case TandemPackage.TASK_GROUP__NAME:
				setName((LocalizedText)newValue);
				return;
			case TandemPackage.TASK_GROUP__DOMAIN:
				setDomain((String)newValue);
				return;
			case TandemPackage.TASK_GROUP__CO_CHAIRS:
				getCoChairs().clear();
				getCoChairs().addAll((Collection<? extends Person>)newValue);
				return;
			case TandemPackage.TASK_GROUP__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Person>)newValue);
				return;
			case TandemPackage.TASK_GROUP__CONCEPTS:
				getConcepts().clear();
				getConcepts().addAll((Collection<? extends Concept>)newValue);
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
			case TandemPackage.TASK_GROUP__NAME:
				setName((LocalizedText)null);
				return;
			case TandemPackage.TASK_GROUP__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case TandemPackage.TASK_GROUP__CO_CHAIRS:
				getCoChairs().clear();
				return;
			case TandemPackage.TASK_GROUP__MEMBERS:
				getMembers().clear();
				return;
			case TandemPackage.TASK_GROUP__CONCEPTS:
				getConcepts().clear();
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
			case TandemPackage.TASK_GROUP__NAME:
				return name != null;
			case TandemPackage.TASK_GROUP__DOMAIN:
				return DOMAIN_EDEFAULT == null ? domain != null : !DOMAIN_EDEFAULT.equals(domain);
			case TandemPackage.TASK_GROUP__CO_CHAIRS:
				return coChairs != null && !coChairs.isEmpty();
			case TandemPackage.TASK_GROUP__MEMBERS:
				return members != null && !members.isEmpty();
			case TandemPackage.TASK_GROUP__CONCEPTS:
				return concepts != null && !concepts.isEmpty();
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
		result.append(" (domain: ");
		result.append(domain);
		result.append(')');
		return result.toString();
	}

} //TaskGroupImpl
