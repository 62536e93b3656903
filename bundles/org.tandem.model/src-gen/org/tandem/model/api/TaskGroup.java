/**
 */
package org.tandem.model.api;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task Group</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A German-Chinese task group working on one domain.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.TaskGroup#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.api.TaskGroup#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.tandem.model.api.TaskGroup#getCoChairs <em>Co Chairs</em>}</li>
 *   <li>{@link org.tandem.model.api.TaskGroup#getMembers <em>Members</em>}</li>
 *   <li>{@link org.tandem.model.api.TaskGroup#getConcepts <em>Concepts</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getTaskGroup()
 * @model
 * @generated
 */
public interface TaskGroup extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getTaskGroup_Name()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.TaskGroup#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The domain id, such as energy-efficiency or water-resources; plug-ins add domains.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see org.tandem.model.api.TandemPackage#getTaskGroup_Domain()
	 * @model
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.TaskGroup#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

	/**
	 * Returns the value of the '<em><b>Co Chairs</b></em>' reference list.
	 * The list contents are of type {@link org.tandem.model.api.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The co-chairs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Co Chairs</em>' reference list.
	 * @see org.tandem.model.api.TandemPackage#getTaskGroup_CoChairs()
	 * @model
	 * @generated
	 */
	EList<Person> getCoChairs();

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.tandem.model.api.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The members.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.tandem.model.api.TandemPackage#getTaskGroup_Members()
	 * @model
	 * @generated
	 */
	EList<Person> getMembers();

	/**
	 * Returns the value of the '<em><b>Concepts</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Concept}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Concepts the group writes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concepts</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getTaskGroup_Concepts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Concept> getConcepts();

} // TaskGroup
