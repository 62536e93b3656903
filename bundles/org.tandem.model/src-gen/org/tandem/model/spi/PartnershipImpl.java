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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.tandem.model.api.Activity;
import org.tandem.model.api.Agreement;
import org.tandem.model.api.GlossaryTerm;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Organization;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.Phase;
import org.tandem.model.api.Region;
import org.tandem.model.api.Scenario;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.TaskGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Partnership</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.spi.PartnershipImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.spi.PartnershipImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.tandem.model.spi.PartnershipImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.tandem.model.spi.PartnershipImpl#getFinish <em>Finish</em>}</li>
 *   <li>{@link org.tandem.model.spi.PartnershipImpl#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.tandem.model.spi.PartnershipImpl#getPhases <em>Phases</em>}</li>
 *   <li>{@link org.tandem.model.spi.PartnershipImpl#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.tandem.model.spi.PartnershipImpl#getPeople <em>People</em>}</li>
 *   <li>{@link org.tandem.model.spi.PartnershipImpl#getTaskGroups <em>Task Groups</em>}</li>
 *   <li>{@link org.tandem.model.spi.PartnershipImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.tandem.model.spi.PartnershipImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.tandem.model.spi.PartnershipImpl#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link org.tandem.model.spi.PartnershipImpl#getAgreements <em>Agreements</em>}</li>
 *   <li>{@link org.tandem.model.spi.PartnershipImpl#getGlossary <em>Glossary</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartnershipImpl extends IdentifiedImpl implements Partnership {
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
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText description;

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
	 * The cached value of the '{@link #getRegions() <em>Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<Region> regions;

	/**
	 * The cached value of the '{@link #getPhases() <em>Phases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhases()
	 * @generated
	 * @ordered
	 */
	protected EList<Phase> phases;

	/**
	 * The cached value of the '{@link #getOrganizations() <em>Organizations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> organizations;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> people;

	/**
	 * The cached value of the '{@link #getTaskGroups() <em>Task Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<TaskGroup> taskGroups;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<Activity> activities;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * The cached value of the '{@link #getAgreements() <em>Agreements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreements()
	 * @generated
	 * @ordered
	 */
	protected EList<Agreement> agreements;

	/**
	 * The cached value of the '{@link #getGlossary() <em>Glossary</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGlossary()
	 * @generated
	 * @ordered
	 */
	protected EList<GlossaryTerm> glossary;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartnershipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.PARTNERSHIP;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.PARTNERSHIP__NAME, oldName, newName);
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
				msgs = ((InternalEObject)name).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.PARTNERSHIP__NAME, null, msgs);
			if (newName != null)
				msgs = ((InternalEObject)newName).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.PARTNERSHIP__NAME, null, msgs);
			msgs = basicSetName(newName, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PARTNERSHIP__NAME, newName, newName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDescription(LocalizedText newDescription, NotificationChain msgs) {
		LocalizedText oldDescription = description;
		description = newDescription;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.PARTNERSHIP__DESCRIPTION, oldDescription, newDescription);
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
	public void setDescription(LocalizedText newDescription) {
		if (newDescription != description) {
			NotificationChain msgs = null;
			if (description != null)
				msgs = ((InternalEObject)description).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.PARTNERSHIP__DESCRIPTION, null, msgs);
			if (newDescription != null)
				msgs = ((InternalEObject)newDescription).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.PARTNERSHIP__DESCRIPTION, null, msgs);
			msgs = basicSetDescription(newDescription, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PARTNERSHIP__DESCRIPTION, newDescription, newDescription));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PARTNERSHIP__START, oldStart, start));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.PARTNERSHIP__FINISH, oldFinish, finish));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Region> getRegions() {
		if (regions == null) {
			regions = new EObjectContainmentEList<Region>(Region.class, this, TandemPackage.PARTNERSHIP__REGIONS);
		}
		return regions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Phase> getPhases() {
		if (phases == null) {
			phases = new EObjectContainmentEList<Phase>(Phase.class, this, TandemPackage.PARTNERSHIP__PHASES);
		}
		return phases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getOrganizations() {
		if (organizations == null) {
			organizations = new EObjectContainmentEList<Organization>(Organization.class, this, TandemPackage.PARTNERSHIP__ORGANIZATIONS);
		}
		return organizations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPeople() {
		if (people == null) {
			people = new EObjectContainmentEList<Person>(Person.class, this, TandemPackage.PARTNERSHIP__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TaskGroup> getTaskGroups() {
		if (taskGroups == null) {
			taskGroups = new EObjectContainmentEList<TaskGroup>(TaskGroup.class, this, TandemPackage.PARTNERSHIP__TASK_GROUPS);
		}
		return taskGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Activity> getActivities() {
		if (activities == null) {
			activities = new EObjectContainmentEList<Activity>(Activity.class, this, TandemPackage.PARTNERSHIP__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, TandemPackage.PARTNERSHIP__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, TandemPackage.PARTNERSHIP__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Agreement> getAgreements() {
		if (agreements == null) {
			agreements = new EObjectContainmentEList<Agreement>(Agreement.class, this, TandemPackage.PARTNERSHIP__AGREEMENTS);
		}
		return agreements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GlossaryTerm> getGlossary() {
		if (glossary == null) {
			glossary = new EObjectContainmentEList<GlossaryTerm>(GlossaryTerm.class, this, TandemPackage.PARTNERSHIP__GLOSSARY);
		}
		return glossary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TandemPackage.PARTNERSHIP__NAME:
				return basicSetName(null, msgs);
			case TandemPackage.PARTNERSHIP__DESCRIPTION:
				return basicSetDescription(null, msgs);
			case TandemPackage.PARTNERSHIP__REGIONS:
				return ((InternalEList<?>)getRegions()).basicRemove(otherEnd, msgs);
			case TandemPackage.PARTNERSHIP__PHASES:
				return ((InternalEList<?>)getPhases()).basicRemove(otherEnd, msgs);
			case TandemPackage.PARTNERSHIP__ORGANIZATIONS:
				return ((InternalEList<?>)getOrganizations()).basicRemove(otherEnd, msgs);
			case TandemPackage.PARTNERSHIP__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
			case TandemPackage.PARTNERSHIP__TASK_GROUPS:
				return ((InternalEList<?>)getTaskGroups()).basicRemove(otherEnd, msgs);
			case TandemPackage.PARTNERSHIP__ACTIVITIES:
				return ((InternalEList<?>)getActivities()).basicRemove(otherEnd, msgs);
			case TandemPackage.PARTNERSHIP__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
			case TandemPackage.PARTNERSHIP__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
			case TandemPackage.PARTNERSHIP__AGREEMENTS:
				return ((InternalEList<?>)getAgreements()).basicRemove(otherEnd, msgs);
			case TandemPackage.PARTNERSHIP__GLOSSARY:
				return ((InternalEList<?>)getGlossary()).basicRemove(otherEnd, msgs);
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
			case TandemPackage.PARTNERSHIP__NAME:
				return getName();
			case TandemPackage.PARTNERSHIP__DESCRIPTION:
				return getDescription();
			case TandemPackage.PARTNERSHIP__START:
				return getStart();
			case TandemPackage.PARTNERSHIP__FINISH:
				return getFinish();
			case TandemPackage.PARTNERSHIP__REGIONS:
				return getRegions();
			case TandemPackage.PARTNERSHIP__PHASES:
				return getPhases();
			case TandemPackage.PARTNERSHIP__ORGANIZATIONS:
				return getOrganizations();
			case TandemPackage.PARTNERSHIP__PEOPLE:
				return getPeople();
			case TandemPackage.PARTNERSHIP__TASK_GROUPS:
				return getTaskGroups();
			case TandemPackage.PARTNERSHIP__ACTIVITIES:
				return getActivities();
			case TandemPackage.PARTNERSHIP__INDICATORS:
				return getIndicators();
			case TandemPackage.PARTNERSHIP__SCENARIOS:
				return getScenarios();
			case TandemPackage.PARTNERSHIP__AGREEMENTS:
				return getAgreements();
			case TandemPackage.PARTNERSHIP__GLOSSARY:
				return getGlossary();
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
			case TandemPackage.PARTNERSHIP__NAME:
				setName((LocalizedText)newValue);
				return;
			case TandemPackage.PARTNERSHIP__DESCRIPTION:
				setDescription((LocalizedText)newValue);
				return;
			case TandemPackage.PARTNERSHIP__START:
				setStart((LocalDate)newValue);
				return;
			case TandemPackage.PARTNERSHIP__FINISH:
				setFinish((LocalDate)newValue);
				return;
			case TandemPackage.PARTNERSHIP__REGIONS:
				getRegions().clear();
				getRegions().addAll((Collection<? extends Region>)newValue);
				return;
			case TandemPackage.PARTNERSHIP__PHASES:
				getPhases().clear();
				getPhases().addAll((Collection<? extends Phase>)newValue);
				return;
			case TandemPackage.PARTNERSHIP__ORGANIZATIONS:
				getOrganizations().clear();
				getOrganizations().addAll((Collection<? extends Organization>)newValue);
				return;
			case TandemPackage.PARTNERSHIP__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends Person>)newValue);
				return;
			case TandemPackage.PARTNERSHIP__TASK_GROUPS:
				getTaskGroups().clear();
				getTaskGroups().addAll((Collection<? extends TaskGroup>)newValue);
				return;
			case TandemPackage.PARTNERSHIP__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends Activity>)newValue);
				return;
			case TandemPackage.PARTNERSHIP__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case TandemPackage.PARTNERSHIP__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
				return;
			case TandemPackage.PARTNERSHIP__AGREEMENTS:
				getAgreements().clear();
				getAgreements().addAll((Collection<? extends Agreement>)newValue);
				return;
			case TandemPackage.PARTNERSHIP__GLOSSARY:
				getGlossary().clear();
				getGlossary().addAll((Collection<? extends GlossaryTerm>)newValue);
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
			case TandemPackage.PARTNERSHIP__NAME:
				setName((LocalizedText)null);
				return;
			case TandemPackage.PARTNERSHIP__DESCRIPTION:
				setDescription((LocalizedText)null);
				return;
			case TandemPackage.PARTNERSHIP__START:
				setStart(START_EDEFAULT);
				return;
			case TandemPackage.PARTNERSHIP__FINISH:
				setFinish(FINISH_EDEFAULT);
				return;
			case TandemPackage.PARTNERSHIP__REGIONS:
				getRegions().clear();
				return;
			case TandemPackage.PARTNERSHIP__PHASES:
				getPhases().clear();
				return;
			case TandemPackage.PARTNERSHIP__ORGANIZATIONS:
				getOrganizations().clear();
				return;
			case TandemPackage.PARTNERSHIP__PEOPLE:
				getPeople().clear();
				return;
			case TandemPackage.PARTNERSHIP__TASK_GROUPS:
				getTaskGroups().clear();
				return;
			case TandemPackage.PARTNERSHIP__ACTIVITIES:
				getActivities().clear();
				return;
			case TandemPackage.PARTNERSHIP__INDICATORS:
				getIndicators().clear();
				return;
			case TandemPackage.PARTNERSHIP__SCENARIOS:
				getScenarios().clear();
				return;
			case TandemPackage.PARTNERSHIP__AGREEMENTS:
				getAgreements().clear();
				return;
			case TandemPackage.PARTNERSHIP__GLOSSARY:
				getGlossary().clear();
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
			case TandemPackage.PARTNERSHIP__NAME:
				return name != null;
			case TandemPackage.PARTNERSHIP__DESCRIPTION:
				return description != null;
			case TandemPackage.PARTNERSHIP__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case TandemPackage.PARTNERSHIP__FINISH:
				return FINISH_EDEFAULT == null ? finish != null : !FINISH_EDEFAULT.equals(finish);
			case TandemPackage.PARTNERSHIP__REGIONS:
				return regions != null && !regions.isEmpty();
			case TandemPackage.PARTNERSHIP__PHASES:
				return phases != null && !phases.isEmpty();
			case TandemPackage.PARTNERSHIP__ORGANIZATIONS:
				return organizations != null && !organizations.isEmpty();
			case TandemPackage.PARTNERSHIP__PEOPLE:
				return people != null && !people.isEmpty();
			case TandemPackage.PARTNERSHIP__TASK_GROUPS:
				return taskGroups != null && !taskGroups.isEmpty();
			case TandemPackage.PARTNERSHIP__ACTIVITIES:
				return activities != null && !activities.isEmpty();
			case TandemPackage.PARTNERSHIP__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case TandemPackage.PARTNERSHIP__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
			case TandemPackage.PARTNERSHIP__AGREEMENTS:
				return agreements != null && !agreements.isEmpty();
			case TandemPackage.PARTNERSHIP__GLOSSARY:
				return glossary != null && !glossary.isEmpty();
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
		result.append(" (start: ");
		result.append(start);
		result.append(", finish: ");
		result.append(finish);
		result.append(')');
		return result.toString();
	}

} //PartnershipImpl
