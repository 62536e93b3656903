/**
 */
package org.tandem.model.api;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget Item</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Money planned for a plan item.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.BudgetItem#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.api.BudgetItem#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.tandem.model.api.BudgetItem#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.tandem.model.api.BudgetItem#getFundingSource <em>Funding Source</em>}</li>
 *   <li>{@link org.tandem.model.api.BudgetItem#getItem <em>Item</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getBudgetItem()
 * @model
 * @generated
 */
public interface BudgetItem extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getBudgetItem_Name()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.BudgetItem#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The amount.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(double)
	 * @see org.tandem.model.api.TandemPackage#getBudgetItem_Amount()
	 * @model
	 * @generated
	 */
	double getAmount();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.BudgetItem#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(double value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 currency code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.tandem.model.api.TandemPackage#getBudgetItem_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.BudgetItem#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Funding Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who pays.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Funding Source</em>' reference.
	 * @see #setFundingSource(FundingSource)
	 * @see org.tandem.model.api.TandemPackage#getBudgetItem_FundingSource()
	 * @model
	 * @generated
	 */
	FundingSource getFundingSource();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.BudgetItem#getFundingSource <em>Funding Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funding Source</em>' reference.
	 * @see #getFundingSource()
	 * @generated
	 */
	void setFundingSource(FundingSource value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(PlanItem)
	 * @see org.tandem.model.api.TandemPackage#getBudgetItem_Item()
	 * @model
	 * @generated
	 */
	PlanItem getItem();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.BudgetItem#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(PlanItem value);

} // BudgetItem
