/**
 */
package org.tandem.model.api;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Concept</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A concept: problem, objectives, measures and expected impact, reviewed and approved.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.Concept#getTitle <em>Title</em>}</li>
 *   <li>{@link org.tandem.model.api.Concept#getProblem <em>Problem</em>}</li>
 *   <li>{@link org.tandem.model.api.Concept#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.tandem.model.api.Concept#getExpectedImpact <em>Expected Impact</em>}</li>
 *   <li>{@link org.tandem.model.api.Concept#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.tandem.model.api.Concept#getStatus <em>Status</em>}</li>
 *   <li>{@link org.tandem.model.api.Concept#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.tandem.model.api.Concept#getReviewers <em>Reviewers</em>}</li>
 *   <li>{@link org.tandem.model.api.Concept#getComments <em>Comments</em>}</li>
 *   <li>{@link org.tandem.model.api.Concept#getStatusChanges <em>Status Changes</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getConcept()
 * @model
 * @generated
 */
public interface Concept extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getConcept_Title()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getTitle();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Concept#getTitle <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' containment reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Problem</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The problem.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problem</em>' containment reference.
	 * @see #setProblem(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getConcept_Problem()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getProblem();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Concept#getProblem <em>Problem</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Problem</em>' containment reference.
	 * @see #getProblem()
	 * @generated
	 */
	void setProblem(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The objectives.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference.
	 * @see #setObjectives(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getConcept_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getObjectives();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Concept#getObjectives <em>Objectives</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objectives</em>' containment reference.
	 * @see #getObjectives()
	 * @generated
	 */
	void setObjectives(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Expected Impact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The expected impact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected Impact</em>' containment reference.
	 * @see #setExpectedImpact(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getConcept_ExpectedImpact()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getExpectedImpact();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Concept#getExpectedImpact <em>Expected Impact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Impact</em>' containment reference.
	 * @see #getExpectedImpact()
	 * @generated
	 */
	void setExpectedImpact(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Measure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proposed measures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measures</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getConcept_Measures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measure> getMeasures();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tandem.model.api.ConceptStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the concept stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.tandem.model.api.ConceptStatus
	 * @see #setStatus(ConceptStatus)
	 * @see org.tandem.model.api.TandemPackage#getConcept_Status()
	 * @model
	 * @generated
	 */
	ConceptStatus getStatus();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Concept#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.tandem.model.api.ConceptStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ConceptStatus value);

	/**
	 * Returns the value of the '<em><b>Authors</b></em>' reference list.
	 * The list contents are of type {@link org.tandem.model.api.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who wrote it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authors</em>' reference list.
	 * @see org.tandem.model.api.TandemPackage#getConcept_Authors()
	 * @model
	 * @generated
	 */
	EList<Person> getAuthors();

	/**
	 * Returns the value of the '<em><b>Reviewers</b></em>' reference list.
	 * The list contents are of type {@link org.tandem.model.api.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who reviews it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewers</em>' reference list.
	 * @see org.tandem.model.api.TandemPackage#getConcept_Reviewers()
	 * @model
	 * @generated
	 */
	EList<Person> getReviewers();

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Comment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Review comments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comments</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getConcept_Comments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Comment> getComments();

	/**
	 * Returns the value of the '<em><b>Status Changes</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.StatusChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The history of its status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Changes</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getConcept_StatusChanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatusChange> getStatusChanges();

} // Concept
