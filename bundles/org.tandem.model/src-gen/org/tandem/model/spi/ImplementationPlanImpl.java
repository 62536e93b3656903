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

import org.tandem.model.api.Baseline;
import org.tandem.model.api.BudgetItem;
import org.tandem.model.api.Dependency;
import org.tandem.model.api.FundingSource;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.Risk;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.TaskGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Implementation Plan</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.spi.ImplementationPlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.spi.ImplementationPlanImpl#getTaskGroup <em>Task Group</em>}</li>
 *   <li>{@link org.tandem.model.spi.ImplementationPlanImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.tandem.model.spi.ImplementationPlanImpl#getFinish <em>Finish</em>}</li>
 *   <li>{@link org.tandem.model.spi.ImplementationPlanImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.tandem.model.spi.ImplementationPlanImpl#getDependencies <em>Dependencies</em>}</li>
 *   <li>{@link org.tandem.model.spi.ImplementationPlanImpl#getBaselines <em>Baselines</em>}</li>
 *   <li>{@link org.tandem.model.spi.ImplementationPlanImpl#getFundingSources <em>Funding Sources</em>}</li>
 *   <li>{@link org.tandem.model.spi.ImplementationPlanImpl#getBudgetItems <em>Budget Items</em>}</li>
 *   <li>{@link org.tandem.model.spi.ImplementationPlanImpl#getRisks <em>Risks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImplementationPlanImpl extends IdentifiedImpl implements ImplementationPlan {
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
	 * The cached value of the '{@link #getTaskGroup() <em>Task Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskGroup()
	 * @generated
	 * @ordered
	 */
	protected TaskGroup taskGroup;

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
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanItem> items;

	/**
	 * The cached value of the '{@link #getDependencies() <em>Dependencies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependencies()
	 * @generated
	 * @ordered
	 */
	protected EList<Dependency> dependencies;

	/**
	 * The cached value of the '{@link #getBaselines() <em>Baselines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselines()
	 * @generated
	 * @ordered
	 */
	protected EList<Baseline> baselines;

	/**
	 * The cached value of the '{@link #getFundingSources() <em>Funding Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundingSources()
	 * @generated
	 * @ordered
	 */
	protected EList<FundingSource> fundingSources;

	/**
	 * The cached value of the '{@link #getBudgetItems() <em>Budget Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetItems()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetItem> budgetItems;

	/**
	 * The cached value of the '{@link #getRisks() <em>Risks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected EList<Risk> risks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImplementationPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.IMPLEMENTATION_PLAN;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.IMPLEMENTATION_PLAN__NAME, oldName, newName);
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
				msgs = ((InternalEObject)name).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.IMPLEMENTATION_PLAN__NAME, null, msgs);
			if (newName != null)
				msgs = ((InternalEObject)newName).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.IMPLEMENTATION_PLAN__NAME, null, msgs);
			msgs = basicSetName(newName, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.IMPLEMENTATION_PLAN__NAME, newName, newName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskGroup getTaskGroup() {
		if (taskGroup != null && taskGroup.eIsProxy()) {
			InternalEObject oldTaskGroup = (InternalEObject)taskGroup;
			taskGroup = (TaskGroup)eResolveProxy(oldTaskGroup);
			if (taskGroup != oldTaskGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.IMPLEMENTATION_PLAN__TASK_GROUP, oldTaskGroup, taskGroup));
			}
		}
		return taskGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaskGroup basicGetTaskGroup() {
		return taskGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskGroup(TaskGroup newTaskGroup) {
		TaskGroup oldTaskGroup = taskGroup;
		taskGroup = newTaskGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.IMPLEMENTATION_PLAN__TASK_GROUP, oldTaskGroup, taskGroup));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.IMPLEMENTATION_PLAN__START, oldStart, start));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.IMPLEMENTATION_PLAN__FINISH, oldFinish, finish));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<PlanItem>(PlanItem.class, this, TandemPackage.IMPLEMENTATION_PLAN__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dependency> getDependencies() {
		if (dependencies == null) {
			dependencies = new EObjectContainmentEList<Dependency>(Dependency.class, this, TandemPackage.IMPLEMENTATION_PLAN__DEPENDENCIES);
		}
		return dependencies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Baseline> getBaselines() {
		if (baselines == null) {
			baselines = new EObjectContainmentEList<Baseline>(Baseline.class, this, TandemPackage.IMPLEMENTATION_PLAN__BASELINES);
		}
		return baselines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FundingSource> getFundingSources() {
		if (fundingSources == null) {
			fundingSources = new EObjectContainmentEList<FundingSource>(FundingSource.class, this, TandemPackage.IMPLEMENTATION_PLAN__FUNDING_SOURCES);
		}
		return fundingSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetItem> getBudgetItems() {
		if (budgetItems == null) {
			budgetItems = new EObjectContainmentEList<BudgetItem>(BudgetItem.class, this, TandemPackage.IMPLEMENTATION_PLAN__BUDGET_ITEMS);
		}
		return budgetItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Risk> getRisks() {
		if (risks == null) {
			risks = new EObjectContainmentEList<Risk>(Risk.class, this, TandemPackage.IMPLEMENTATION_PLAN__RISKS);
		}
		return risks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TandemPackage.IMPLEMENTATION_PLAN__NAME:
				return basicSetName(null, msgs);
			case TandemPackage.IMPLEMENTATION_PLAN__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
			case TandemPackage.IMPLEMENTATION_PLAN__DEPENDENCIES:
				return ((InternalEList<?>)getDependencies()).basicRemove(otherEnd, msgs);
			case TandemPackage.IMPLEMENTATION_PLAN__BASELINES:
				return ((InternalEList<?>)getBaselines()).basicRemove(otherEnd, msgs);
			case TandemPackage.IMPLEMENTATION_PLAN__FUNDING_SOURCES:
				return ((InternalEList<?>)getFundingSources()).basicRemove(otherEnd, msgs);
			case TandemPackage.IMPLEMENTATION_PLAN__BUDGET_ITEMS:
				return ((InternalEList<?>)getBudgetItems()).basicRemove(otherEnd, msgs);
			case TandemPackage.IMPLEMENTATION_PLAN__RISKS:
				return ((InternalEList<?>)getRisks()).basicRemove(otherEnd, msgs);
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
			case TandemPackage.IMPLEMENTATION_PLAN__NAME:
				return getName();
			case TandemPackage.IMPLEMENTATION_PLAN__TASK_GROUP:
				if (resolve) return getTaskGroup();
				return basicGetTaskGroup();
			case TandemPackage.IMPLEMENTATION_PLAN__START:
				return getStart();
			case TandemPackage.IMPLEMENTATION_PLAN__FINISH:
				return getFinish();
			case TandemPackage.IMPLEMENTATION_PLAN__ITEMS:
				return getItems();
			case TandemPackage.IMPLEMENTATION_PLAN__DEPENDENCIES:
				return getDependencies();
			case TandemPackage.IMPLEMENTATION_PLAN__BASELINES:
				return getBaselines();
			case TandemPackage.IMPLEMENTATION_PLAN__FUNDING_SOURCES:
				return getFundingSources();
			case TandemPackage.IMPLEMENTATION_PLAN__BUDGET_ITEMS:
				return getBudgetItems();
			case TandemPackage.IMPLEMENTATION_PLAN__RISKS:
				return getRisks();
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
			case TandemPackage.IMPLEMENTATION_PLAN__NAME:
				setName((LocalizedText)newValue);
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__TASK_GROUP:
				setTaskGroup((TaskGroup)newValue);
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__START:
				setStart((LocalDate)newValue);
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__FINISH:
				setFinish((LocalDate)newValue);
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends PlanItem>)newValue);
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__DEPENDENCIES:
				getDependencies().clear();
				getDependencies().addAll((Collection<? extends Dependency>)newValue);
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__BASELINES:
				getBaselines().clear();
				getBaselines().addAll((Collection<? extends Baseline>)newValue);
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__FUNDING_SOURCES:
				getFundingSources().clear();
				getFundingSources().addAll((Collection<? extends FundingSource>)newValue);
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__BUDGET_ITEMS:
				getBudgetItems().clear();
				getBudgetItems().addAll((Collection<? extends BudgetItem>)newValue);
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__RISKS:
				getRisks().clear();
				getRisks().addAll((Collection<? extends Risk>)newValue);
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
			case TandemPackage.IMPLEMENTATION_PLAN__NAME:
				setName((LocalizedText)null);
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__TASK_GROUP:
				setTaskGroup((TaskGroup)null);
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__START:
				setStart(START_EDEFAULT);
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__FINISH:
				setFinish(FINISH_EDEFAULT);
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__ITEMS:
				getItems().clear();
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__DEPENDENCIES:
				getDependencies().clear();
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__BASELINES:
				getBaselines().clear();
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__FUNDING_SOURCES:
				getFundingSources().clear();
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__BUDGET_ITEMS:
				getBudgetItems().clear();
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__RISKS:
				getRisks().clear();
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
			case TandemPackage.IMPLEMENTATION_PLAN__NAME:
				return name != null;
			case TandemPackage.IMPLEMENTATION_PLAN__TASK_GROUP:
				return taskGroup != null;
			case TandemPackage.IMPLEMENTATION_PLAN__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case TandemPackage.IMPLEMENTATION_PLAN__FINISH:
				return FINISH_EDEFAULT == null ? finish != null : !FINISH_EDEFAULT.equals(finish);
			case TandemPackage.IMPLEMENTATION_PLAN__ITEMS:
				return items != null && !items.isEmpty();
			case TandemPackage.IMPLEMENTATION_PLAN__DEPENDENCIES:
				return dependencies != null && !dependencies.isEmpty();
			case TandemPackage.IMPLEMENTATION_PLAN__BASELINES:
				return baselines != null && !baselines.isEmpty();
			case TandemPackage.IMPLEMENTATION_PLAN__FUNDING_SOURCES:
				return fundingSources != null && !fundingSources.isEmpty();
			case TandemPackage.IMPLEMENTATION_PLAN__BUDGET_ITEMS:
				return budgetItems != null && !budgetItems.isEmpty();
			case TandemPackage.IMPLEMENTATION_PLAN__RISKS:
				return risks != null && !risks.isEmpty();
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

} //ImplementationPlanImpl
