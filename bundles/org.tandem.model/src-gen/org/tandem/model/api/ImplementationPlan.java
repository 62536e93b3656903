/**
 */
package org.tandem.model.api;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Implementation Plan</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a plan file: how a task group implements its concepts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.ImplementationPlan#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.api.ImplementationPlan#getTaskGroup <em>Task Group</em>}</li>
 *   <li>{@link org.tandem.model.api.ImplementationPlan#getStart <em>Start</em>}</li>
 *   <li>{@link org.tandem.model.api.ImplementationPlan#getFinish <em>Finish</em>}</li>
 *   <li>{@link org.tandem.model.api.ImplementationPlan#getItems <em>Items</em>}</li>
 *   <li>{@link org.tandem.model.api.ImplementationPlan#getDependencies <em>Dependencies</em>}</li>
 *   <li>{@link org.tandem.model.api.ImplementationPlan#getBaselines <em>Baselines</em>}</li>
 *   <li>{@link org.tandem.model.api.ImplementationPlan#getFundingSources <em>Funding Sources</em>}</li>
 *   <li>{@link org.tandem.model.api.ImplementationPlan#getBudgetItems <em>Budget Items</em>}</li>
 *   <li>{@link org.tandem.model.api.ImplementationPlan#getRisks <em>Risks</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getImplementationPlan()
 * @model
 * @generated
 */
public interface ImplementationPlan extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getImplementationPlan_Name()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.ImplementationPlan#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Task Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task group, in the partnership file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Task Group</em>' reference.
	 * @see #setTaskGroup(TaskGroup)
	 * @see org.tandem.model.api.TandemPackage#getImplementationPlan_TaskGroup()
	 * @model
	 * @generated
	 */
	TaskGroup getTaskGroup();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.ImplementationPlan#getTaskGroup <em>Task Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task Group</em>' reference.
	 * @see #getTaskGroup()
	 * @generated
	 */
	void setTaskGroup(TaskGroup value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see org.tandem.model.api.TandemPackage#getImplementationPlan_Start()
	 * @model dataType="org.tandem.model.api.Date"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.ImplementationPlan#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finish</em>' attribute.
	 * @see #setFinish(LocalDate)
	 * @see org.tandem.model.api.TandemPackage#getImplementationPlan_Finish()
	 * @model dataType="org.tandem.model.api.Date"
	 * @generated
	 */
	LocalDate getFinish();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.ImplementationPlan#getFinish <em>Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finish</em>' attribute.
	 * @see #getFinish()
	 * @generated
	 */
	void setFinish(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.PlanItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work packages, tasks and milestones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getImplementationPlan_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanItem> getItems();

	/**
	 * Returns the value of the '<em><b>Dependencies</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Dependency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dependencies between items.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dependencies</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getImplementationPlan_Dependencies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dependency> getDependencies();

	/**
	 * Returns the value of the '<em><b>Baselines</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Baseline}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agreed states of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baselines</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getImplementationPlan_Baselines()
	 * @model containment="true"
	 * @generated
	 */
	EList<Baseline> getBaselines();

	/**
	 * Returns the value of the '<em><b>Funding Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.FundingSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the money comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Funding Sources</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getImplementationPlan_FundingSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<FundingSource> getFundingSources();

	/**
	 * Returns the value of the '<em><b>Budget Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.BudgetItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the money is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget Items</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getImplementationPlan_BudgetItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetItem> getBudgetItems();

	/**
	 * Returns the value of the '<em><b>Risks</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Risk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Risks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Risks</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getImplementationPlan_Risks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Risk> getRisks();

} // ImplementationPlan
