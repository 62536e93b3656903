/**
 */
package org.tandem.model.spi;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.tandem.model.api.Activity;
import org.tandem.model.api.ActivityKind;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Person;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.TaskGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Activity</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.spi.ActivityImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.spi.ActivityImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.tandem.model.spi.ActivityImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.tandem.model.spi.ActivityImpl#getFinish <em>Finish</em>}</li>
 *   <li>{@link org.tandem.model.spi.ActivityImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link org.tandem.model.spi.ActivityImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.tandem.model.spi.ActivityImpl#getTaskGroups <em>Task Groups</em>}</li>
 *   <li>{@link org.tandem.model.spi.ActivityImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.tandem.model.spi.ActivityImpl#getMinutes <em>Minutes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActivityImpl extends IdentifiedImpl implements Activity {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ActivityKind KIND_EDEFAULT = ActivityKind.ANNUAL_VISIT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ActivityKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinish() <em>Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinish()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FINISH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinish() <em>Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinish()
	 * @generated
	 * @ordered
	 */
	protected LocalDate finish = FINISH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPlace() <em>Place</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText place;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> participants;

	/**
	 * The cached value of the '{@link #getTaskGroups() <em>Task Groups</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<TaskGroup> taskGroups;

	/**
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText outcomes;

	/**
	 * The cached value of the '{@link #getMinutes() <em>Minutes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutes()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText minutes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.ACTIVITY;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.ACTIVITY__NAME, oldName, newName);
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
				msgs = ((InternalEObject)name).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.ACTIVITY__NAME, null, msgs);
			if (newName != null)
				msgs = ((InternalEObject)newName).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.ACTIVITY__NAME, null, msgs);
			msgs = basicSetName(newName, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ACTIVITY__NAME, newName, newName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivityKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ActivityKind newKind) {
		ActivityKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ACTIVITY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(LocalDate newStart) {
		LocalDate oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ACTIVITY__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFinish() {
		return finish;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinish(LocalDate newFinish) {
		LocalDate oldFinish = finish;
		finish = newFinish;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ACTIVITY__FINISH, oldFinish, finish));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getPlace() {
		return place;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPlace(LocalizedText newPlace, NotificationChain msgs) {
		LocalizedText oldPlace = place;
		place = newPlace;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.ACTIVITY__PLACE, oldPlace, newPlace);
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
	public void setPlace(LocalizedText newPlace) {
		if (newPlace != place) {
			NotificationChain msgs = null;
			if (place != null)
				msgs = ((InternalEObject)place).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.ACTIVITY__PLACE, null, msgs);
			if (newPlace != null)
				msgs = ((InternalEObject)newPlace).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.ACTIVITY__PLACE, null, msgs);
			msgs = basicSetPlace(newPlace, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ACTIVITY__PLACE, newPlace, newPlace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getParticipants() {
		if (participants == null) {
			participants = new EObjectResolvingEList<Person>(Person.class, this, TandemPackage.ACTIVITY__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TaskGroup> getTaskGroups() {
		if (taskGroups == null) {
			taskGroups = new EObjectResolvingEList<TaskGroup>(TaskGroup.class, this, TandemPackage.ACTIVITY__TASK_GROUPS);
		}
		return taskGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getOutcomes() {
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOutcomes(LocalizedText newOutcomes, NotificationChain msgs) {
		LocalizedText oldOutcomes = outcomes;
		outcomes = newOutcomes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.ACTIVITY__OUTCOMES, oldOutcomes, newOutcomes);
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
	public void setOutcomes(LocalizedText newOutcomes) {
		if (newOutcomes != outcomes) {
			NotificationChain msgs = null;
			if (outcomes != null)
				msgs = ((InternalEObject)outcomes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.ACTIVITY__OUTCOMES, null, msgs);
			if (newOutcomes != null)
				msgs = ((InternalEObject)newOutcomes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.ACTIVITY__OUTCOMES, null, msgs);
			msgs = basicSetOutcomes(newOutcomes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ACTIVITY__OUTCOMES, newOutcomes, newOutcomes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getMinutes() {
		return minutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMinutes(LocalizedText newMinutes, NotificationChain msgs) {
		LocalizedText oldMinutes = minutes;
		minutes = newMinutes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.ACTIVITY__MINUTES, oldMinutes, newMinutes);
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
	public void setMinutes(LocalizedText newMinutes) {
		if (newMinutes != minutes) {
			NotificationChain msgs = null;
			if (minutes != null)
				msgs = ((InternalEObject)minutes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.ACTIVITY__MINUTES, null, msgs);
			if (newMinutes != null)
				msgs = ((InternalEObject)newMinutes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.ACTIVITY__MINUTES, null, msgs);
			msgs = basicSetMinutes(newMinutes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.ACTIVITY__MINUTES, newMinutes, newMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TandemPackage.ACTIVITY__NAME:
				return basicSetName(null, msgs);
			case TandemPackage.ACTIVITY__PLACE:
				return basicSetPlace(null, msgs);
			case TandemPackage.ACTIVITY__OUTCOMES:
				return basicSetOutcomes(null, msgs);
			case TandemPackage.ACTIVITY__MINUTES:
				return basicSetMinutes(null, msgs);
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
			case TandemPackage.ACTIVITY__NAME:
				return getName();
			case TandemPackage.ACTIVITY__KIND:
				return getKind();
			case TandemPackage.ACTIVITY__START:
				return getStart();
			case TandemPackage.ACTIVITY__FINISH:
				return getFinish();
			case TandemPackage.ACTIVITY__PLACE:
				return getPlace();
			case TandemPackage.ACTIVITY__PARTICIPANTS:
				return getParticipants();
			case TandemPackage.ACTIVITY__TASK_GROUPS:
				return getTaskGroups();
			case TandemPackage.ACTIVITY__OUTCOMES:
				return getOutcomes();
			case TandemPackage.ACTIVITY__MINUTES:
				return getMinutes();
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
			case TandemPackage.ACTIVITY__NAME:
				setName((LocalizedText)newValue);
				return;
			case TandemPackage.ACTIVITY__KIND:
				setKind((ActivityKind)newValue);
				return;
			case TandemPackage.ACTIVITY__START:
				setStart((LocalDate)newValue);
				return;
			case TandemPackage.ACTIVITY__FINISH:
				setFinish((LocalDate)newValue);
				return;
			case TandemPackage.ACTIVITY__PLACE:
				setPlace((LocalizedText)newValue);
				return;
			case TandemPackage.ACTIVITY__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Person>)newValue);
				return;
			case TandemPackage.ACTIVITY__TASK_GROUPS:
				getTaskGroups().clear();
				getTaskGroups().addAll((Collection<? extends TaskGroup>)newValue);
				return;
			case TandemPackage.ACTIVITY__OUTCOMES:
				setOutcomes((LocalizedText)newValue);
				return;
			case TandemPackage.ACTIVITY__MINUTES:
				setMinutes((LocalizedText)newValue);
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
			case TandemPackage.ACTIVITY__NAME:
				setName((LocalizedText)null);
				return;
			case TandemPackage.ACTIVITY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TandemPackage.ACTIVITY__START:
				setStart(START_EDEFAULT);
				return;
			case TandemPackage.ACTIVITY__FINISH:
				setFinish(FINISH_EDEFAULT);
				return;
			case TandemPackage.ACTIVITY__PLACE:
				setPlace((LocalizedText)null);
				return;
			case TandemPackage.ACTIVITY__PARTICIPANTS:
				getParticipants().clear();
				return;
			case TandemPackage.ACTIVITY__TASK_GROUPS:
				getTaskGroups().clear();
				return;
			case TandemPackage.ACTIVITY__OUTCOMES:
				setOutcomes((LocalizedText)null);
				return;
			case TandemPackage.ACTIVITY__MINUTES:
				setMinutes((LocalizedText)null);
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
			case TandemPackage.ACTIVITY__NAME:
				return name != null;
			case TandemPackage.ACTIVITY__KIND:
				return kind != KIND_EDEFAULT;
			case TandemPackage.ACTIVITY__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case TandemPackage.ACTIVITY__FINISH:
				return FINISH_EDEFAULT == null ? finish != null : !FINISH_EDEFAULT.equals(finish);
			case TandemPackage.ACTIVITY__PLACE:
				return place != null;
			case TandemPackage.ACTIVITY__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case TandemPackage.ACTIVITY__TASK_GROUPS:
				return taskGroups != null && !taskGroups.isEmpty();
			case TandemPackage.ACTIVITY__OUTCOMES:
				return outcomes != null;
			case TandemPackage.ACTIVITY__MINUTES:
				return minutes != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", start: ");
		result.append(start);
		result.append(", finish: ");
		result.append(finish);
		result.append(')');
		return result.toString();
	}

} //ActivityImpl
