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

import org.tandem.model.api.Comment;
import org.tandem.model.api.Concept;
import org.tandem.model.api.ConceptStatus;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Measure;
import org.tandem.model.api.Person;
import org.tandem.model.api.StatusChange;
import org.tandem.model.api.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Concept</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.spi.ConceptImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.tandem.model.spi.ConceptImpl#getProblem <em>Problem</em>}</li>
 *   <li>{@link org.tandem.model.spi.ConceptImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.tandem.model.spi.ConceptImpl#getExpectedImpact <em>Expected Impact</em>}</li>
 *   <li>{@link org.tandem.model.spi.ConceptImpl#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.tandem.model.spi.ConceptImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.tandem.model.spi.ConceptImpl#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.tandem.model.spi.ConceptImpl#getReviewers <em>Reviewers</em>}</li>
 *   <li>{@link org.tandem.model.spi.ConceptImpl#getComments <em>Comments</em>}</li>
 *   <li>{@link org.tandem.model.spi.ConceptImpl#getStatusChanges <em>Status Changes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConceptImpl extends IdentifiedImpl implements Concept {
	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText title;

	/**
	 * The cached value of the '{@link #getProblem() <em>Problem</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblem()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText problem;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText objectives;

	/**
	 * The cached value of the '{@link #getExpectedImpact() <em>Expected Impact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedImpact()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText expectedImpact;

	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<Measure> measures;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ConceptStatus STATUS_EDEFAULT = ConceptStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ConceptStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthors() <em>Authors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthors()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> authors;

	/**
	 * The cached value of the '{@link #getReviewers() <em>Reviewers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewers()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> reviewers;

	/**
	 * The cached value of the '{@link #getComments() <em>Comments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComments()
	 * @generated
	 * @ordered
	 */
	protected EList<Comment> comments;

	/**
	 * The cached value of the '{@link #getStatusChanges() <em>Status Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusChange> statusChanges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConceptImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.CONCEPT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTitle(LocalizedText newTitle, NotificationChain msgs) {
		LocalizedText oldTitle = title;
		title = newTitle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.CONCEPT__TITLE, oldTitle, newTitle);
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
	public void setTitle(LocalizedText newTitle) {
		if (newTitle != title) {
			NotificationChain msgs = null;
			if (title != null)
				msgs = ((InternalEObject)title).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.CONCEPT__TITLE, null, msgs);
			if (newTitle != null)
				msgs = ((InternalEObject)newTitle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.CONCEPT__TITLE, null, msgs);
			msgs = basicSetTitle(newTitle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.CONCEPT__TITLE, newTitle, newTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getProblem() {
		return problem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProblem(LocalizedText newProblem, NotificationChain msgs) {
		LocalizedText oldProblem = problem;
		problem = newProblem;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.CONCEPT__PROBLEM, oldProblem, newProblem);
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
	public void setProblem(LocalizedText newProblem) {
		if (newProblem != problem) {
			NotificationChain msgs = null;
			if (problem != null)
				msgs = ((InternalEObject)problem).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.CONCEPT__PROBLEM, null, msgs);
			if (newProblem != null)
				msgs = ((InternalEObject)newProblem).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.CONCEPT__PROBLEM, null, msgs);
			msgs = basicSetProblem(newProblem, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.CONCEPT__PROBLEM, newProblem, newProblem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getObjectives() {
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetObjectives(LocalizedText newObjectives, NotificationChain msgs) {
		LocalizedText oldObjectives = objectives;
		objectives = newObjectives;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.CONCEPT__OBJECTIVES, oldObjectives, newObjectives);
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
	public void setObjectives(LocalizedText newObjectives) {
		if (newObjectives != objectives) {
			NotificationChain msgs = null;
			if (objectives != null)
				msgs = ((InternalEObject)objectives).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.CONCEPT__OBJECTIVES, null, msgs);
			if (newObjectives != null)
				msgs = ((InternalEObject)newObjectives).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.CONCEPT__OBJECTIVES, null, msgs);
			msgs = basicSetObjectives(newObjectives, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.CONCEPT__OBJECTIVES, newObjectives, newObjectives));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getExpectedImpact() {
		return expectedImpact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExpectedImpact(LocalizedText newExpectedImpact, NotificationChain msgs) {
		LocalizedText oldExpectedImpact = expectedImpact;
		expectedImpact = newExpectedImpact;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.CONCEPT__EXPECTED_IMPACT, oldExpectedImpact, newExpectedImpact);
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
	public void setExpectedImpact(LocalizedText newExpectedImpact) {
		if (newExpectedImpact != expectedImpact) {
			NotificationChain msgs = null;
			if (expectedImpact != null)
				msgs = ((InternalEObject)expectedImpact).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.CONCEPT__EXPECTED_IMPACT, null, msgs);
			if (newExpectedImpact != null)
				msgs = ((InternalEObject)newExpectedImpact).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.CONCEPT__EXPECTED_IMPACT, null, msgs);
			msgs = basicSetExpectedImpact(newExpectedImpact, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.CONCEPT__EXPECTED_IMPACT, newExpectedImpact, newExpectedImpact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measure> getMeasures() {
		if (measures == null) {
			measures = new EObjectContainmentEList<Measure>(Measure.class, this, TandemPackage.CONCEPT__MEASURES);
		}
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConceptStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ConceptStatus newStatus) {
		ConceptStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.CONCEPT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getAuthors() {
		if (authors == null) {
			authors = new EObjectResolvingEList<Person>(Person.class, this, TandemPackage.CONCEPT__AUTHORS);
		}
		return authors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getReviewers() {
		if (reviewers == null) {
			reviewers = new EObjectResolvingEList<Person>(Person.class, this, TandemPackage.CONCEPT__REVIEWERS);
		}
		return reviewers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Comment> getComments() {
		if (comments == null) {
			comments = new EObjectContainmentEList<Comment>(Comment.class, this, TandemPackage.CONCEPT__COMMENTS);
		}
		return comments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusChange> getStatusChanges() {
		if (statusChanges == null) {
			statusChanges = new EObjectContainmentEList<StatusChange>(StatusChange.class, this, TandemPackage.CONCEPT__STATUS_CHANGES);
		}
		return statusChanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TandemPackage.CONCEPT__TITLE:
				return basicSetTitle(null, msgs);
			case TandemPackage.CONCEPT__PROBLEM:
				return basicSetProblem(null, msgs);
			case TandemPackage.CONCEPT__OBJECTIVES:
				return basicSetObjectives(null, msgs);
			case TandemPackage.CONCEPT__EXPECTED_IMPACT:
				return basicSetExpectedImpact(null, msgs);
			case TandemPackage.CONCEPT__MEASURES:
				return ((InternalEList<?>)getMeasures()).basicRemove(otherEnd, msgs);
			case TandemPackage.CONCEPT__COMMENTS:
				return ((InternalEList<?>)getComments()).basicRemove(otherEnd, msgs);
			case TandemPackage.CONCEPT__STATUS_CHANGES:
				return ((InternalEList<?>)getStatusChanges()).basicRemove(otherEnd, msgs);
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
			case TandemPackage.CONCEPT__TITLE:
				return getTitle();
			case TandemPackage.CONCEPT__PROBLEM:
				return getProblem();
			case TandemPackage.CONCEPT__OBJECTIVES:
				return getObjectives();
			case TandemPackage.CONCEPT__EXPECTED_IMPACT:
				return getExpectedImpact();
			case TandemPackage.CONCEPT__MEASURES:
				return getMeasures();
			case TandemPackage.CONCEPT__STATUS:
				return getStatus();
			case TandemPackage.CONCEPT__AUTHORS:
				return getAuthors();
			case TandemPackage.CONCEPT__REVIEWERS:
				return getReviewers();
			case TandemPackage.CONCEPT__COMMENTS:
				return getComments();
			case TandemPackage.CONCEPT__STATUS_CHANGES:
				return getStatusChanges();
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
			case TandemPackage.CONCEPT__TITLE:
				setTitle((LocalizedText)newValue);
				return;
			case TandemPackage.CONCEPT__PROBLEM:
				setProblem((LocalizedText)newValue);
				return;
			case TandemPackage.CONCEPT__OBJECTIVES:
				setObjectives((LocalizedText)newValue);
				return;
			case TandemPackage.CONCEPT__EXPECTED_IMPACT:
				setExpectedImpact((LocalizedText)newValue);
				return;
			case TandemPackage.CONCEPT__MEASURES:
				getMeasures().clear();
				getMeasures().addAll((Collection<? extends Measure>)newValue);
				return;
			case TandemPackage.CONCEPT__STATUS:
				setStatus((ConceptStatus)newValue);
				return;
			case TandemPackage.CONCEPT__AUTHORS:
				getAuthors().clear();
				getAuthors().addAll((Collection<? extends Person>)newValue);
				return;
			case TandemPackage.CONCEPT__REVIEWERS:
				getReviewers().clear();
				getReviewers().addAll((Collection<? extends Person>)newValue);
				return;
			case TandemPackage.CONCEPT__COMMENTS:
				getComments().clear();
				getComments().addAll((Collection<? extends Comment>)newValue);
				return;
			case TandemPackage.CONCEPT__STATUS_CHANGES:
				getStatusChanges().clear();
				getStatusChanges().addAll((Collection<? extends StatusChange>)newValue);
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
			case TandemPackage.CONCEPT__TITLE:
				setTitle((LocalizedText)null);
				return;
			case TandemPackage.CONCEPT__PROBLEM:
				setProblem((LocalizedText)null);
				return;
			case TandemPackage.CONCEPT__OBJECTIVES:
				setObjectives((LocalizedText)null);
				return;
			case TandemPackage.CONCEPT__EXPECTED_IMPACT:
				setExpectedImpact((LocalizedText)null);
				return;
			case TandemPackage.CONCEPT__MEASURES:
				getMeasures().clear();
				return;
			case TandemPackage.CONCEPT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case TandemPackage.CONCEPT__AUTHORS:
				getAuthors().clear();
				return;
			case TandemPackage.CONCEPT__REVIEWERS:
				getReviewers().clear();
				return;
			case TandemPackage.CONCEPT__COMMENTS:
				getComments().clear();
				return;
			case TandemPackage.CONCEPT__STATUS_CHANGES:
				getStatusChanges().clear();
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
			case TandemPackage.CONCEPT__TITLE:
				return title != null;
			case TandemPackage.CONCEPT__PROBLEM:
				return problem != null;
			case TandemPackage.CONCEPT__OBJECTIVES:
				return objectives != null;
			case TandemPackage.CONCEPT__EXPECTED_IMPACT:
				return expectedImpact != null;
			case TandemPackage.CONCEPT__MEASURES:
				return measures != null && !measures.isEmpty();
			case TandemPackage.CONCEPT__STATUS:
				return status != STATUS_EDEFAULT;
			case TandemPackage.CONCEPT__AUTHORS:
				return authors != null && !authors.isEmpty();
			case TandemPackage.CONCEPT__REVIEWERS:
				return reviewers != null && !reviewers.isEmpty();
			case TandemPackage.CONCEPT__COMMENTS:
				return comments != null && !comments.isEmpty();
			case TandemPackage.CONCEPT__STATUS_CHANGES:
				return statusChanges != null && !statusChanges.isEmpty();
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
		result.append(" (status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //ConceptImpl
