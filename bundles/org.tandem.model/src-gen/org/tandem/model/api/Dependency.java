/**
 */
package org.tandem.model.api;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dependency</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dependency between two plan items.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.Dependency#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link org.tandem.model.api.Dependency#getSuccessor <em>Successor</em>}</li>
 *   <li>{@link org.tandem.model.api.Dependency#getType <em>Type</em>}</li>
 *   <li>{@link org.tandem.model.api.Dependency#getLagDays <em>Lag Days</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getDependency()
 * @model
 * @generated
 */
public interface Dependency extends Identified {
	/**
	 * Returns the value of the '<em><b>Predecessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The item depended on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predecessor</em>' reference.
	 * @see #setPredecessor(PlanItem)
	 * @see org.tandem.model.api.TandemPackage#getDependency_Predecessor()
	 * @model
	 * @generated
	 */
	PlanItem getPredecessor();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Dependency#getPredecessor <em>Predecessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predecessor</em>' reference.
	 * @see #getPredecessor()
	 * @generated
	 */
	void setPredecessor(PlanItem value);

	/**
	 * Returns the value of the '<em><b>Successor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dependent item.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Successor</em>' reference.
	 * @see #setSuccessor(PlanItem)
	 * @see org.tandem.model.api.TandemPackage#getDependency_Successor()
	 * @model
	 * @generated
	 */
	PlanItem getSuccessor();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Dependency#getSuccessor <em>Successor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Successor</em>' reference.
	 * @see #getSuccessor()
	 * @generated
	 */
	void setSuccessor(PlanItem value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tandem.model.api.DependencyType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How they depend.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.tandem.model.api.DependencyType
	 * @see #setType(DependencyType)
	 * @see org.tandem.model.api.TandemPackage#getDependency_Type()
	 * @model
	 * @generated
	 */
	DependencyType getType();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Dependency#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.tandem.model.api.DependencyType
	 * @see #getType()
	 * @generated
	 */
	void setType(DependencyType value);

	/**
	 * Returns the value of the '<em><b>Lag Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lag in days; negative for lead.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lag Days</em>' attribute.
	 * @see #setLagDays(int)
	 * @see org.tandem.model.api.TandemPackage#getDependency_LagDays()
	 * @model
	 * @generated
	 */
	int getLagDays();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Dependency#getLagDays <em>Lag Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lag Days</em>' attribute.
	 * @see #getLagDays()
	 * @generated
	 */
	void setLagDays(int value);

} // Dependency
