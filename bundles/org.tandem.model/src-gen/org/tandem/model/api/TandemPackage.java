/**
 */
package org.tandem.model.api;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * @since 0.1
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Partnerships between a German and a Chinese region, their task groups, concepts and implementation plans.
 * <!-- end-model-doc -->
 * @see org.tandem.model.api.TandemFactory
 * @model kind="package"
 * @generated
 */
public interface TandemPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://tandem.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "tandem";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TandemPackage eINSTANCE = org.tandem.model.spi.TandemPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.IdentifiedImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.LocalizedTextImpl <em>Localized Text</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.LocalizedTextImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getLocalizedText()
	 * @generated
	 */
	int LOCALIZED_TEXT = 1;

	/**
	 * The feature id for the '<em><b>Translations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT__TRANSLATIONS = 0;

	/**
	 * The number of structural features of the '<em>Localized Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT_FEATURE_COUNT = 1;

	/**
	 * The operation id for the '<em>Get Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT___GET_TEXT__STRING = 0;

	/**
	 * The operation id for the '<em>Get Text Or Original</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT___GET_TEXT_OR_ORIGINAL__STRING = 1;

	/**
	 * The operation id for the '<em>Get Original</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT___GET_ORIGINAL = 2;

	/**
	 * The operation id for the '<em>Set Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT___SET_TEXT__STRING_STRING = 3;

	/**
	 * The number of operations of the '<em>Localized Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZED_TEXT_OPERATION_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.TranslationImpl <em>Translation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.TranslationImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getTranslation()
	 * @generated
	 */
	int TRANSLATION = 2;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION__LANGUAGE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION__TEXT = 1;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION__STATE = 2;

	/**
	 * The number of structural features of the '<em>Translation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Translation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.PartnershipImpl <em>Partnership</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.PartnershipImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getPartnership()
	 * @generated
	 */
	int PARTNERSHIP = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__START = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__FINISH = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__REGIONS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Phases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__PHASES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Organizations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__ORGANIZATIONS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__PEOPLE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Task Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__TASK_GROUPS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__ACTIVITIES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__INDICATORS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__SCENARIOS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Agreements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__AGREEMENTS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Glossary</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP__GLOSSARY = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Partnership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Partnership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNERSHIP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.RegionImpl <em>Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.RegionImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getRegion()
	 * @generated
	 */
	int REGION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__COUNTRY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__POPULATION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Municipalities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__MUNICIPALITIES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.MunicipalityImpl <em>Municipality</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.MunicipalityImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getMunicipality()
	 * @generated
	 */
	int MUNICIPALITY = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__POPULATION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Municipality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Municipality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.PhaseImpl <em>Phase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.PhaseImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getPhase()
	 * @generated
	 */
	int PHASE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__START = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__FINISH = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.OrganizationImpl <em>Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.OrganizationImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getOrganization()
	 * @generated
	 */
	int ORGANIZATION = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__REGION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.PersonImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Native Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NATIVE_NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Latin Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__LATIN_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ORGANIZATION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__REGION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__LANGUAGES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Role</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ROLE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EMAIL = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.TaskGroupImpl <em>Task Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.TaskGroupImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getTaskGroup()
	 * @generated
	 */
	int TASK_GROUP = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_GROUP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_GROUP__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_GROUP__DOMAIN = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Co Chairs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_GROUP__CO_CHAIRS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_GROUP__MEMBERS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Concepts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_GROUP__CONCEPTS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Task Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_GROUP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Task Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_GROUP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.ConceptImpl <em>Concept</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.ConceptImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getConcept()
	 * @generated
	 */
	int CONCEPT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Problem</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__PROBLEM = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__OBJECTIVES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Expected Impact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__EXPECTED_IMPACT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__MEASURES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__STATUS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__AUTHORS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Reviewers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__REVIEWERS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__COMMENTS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Status Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__STATUS_CHANGES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Concept</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Concept</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.StatusChangeImpl <em>Status Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.StatusChangeImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getStatusChange()
	 * @generated
	 */
	int STATUS_CHANGE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__FROM = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__TO = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__BY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__AT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__NOTE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.MeasureImpl <em>Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.MeasureImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getMeasure()
	 * @generated
	 */
	int MEASURE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Impacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__IMPACTS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__COST = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__CURRENCY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.ExpectedImpactImpl <em>Expected Impact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.ExpectedImpactImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getExpectedImpact()
	 * @generated
	 */
	int EXPECTED_IMPACT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_IMPACT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_IMPACT__INDICATOR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_IMPACT__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_IMPACT__YEAR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Expected Impact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_IMPACT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Expected Impact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_IMPACT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.CommentImpl <em>Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.CommentImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getComment()
	 * @generated
	 */
	int COMMENT = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__AUTHOR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__CREATED = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__SECTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__LANGUAGE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__TEXT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__RESOLVED = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Replies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT__REPLIES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.ImplementationPlanImpl <em>Implementation Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.ImplementationPlanImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getImplementationPlan()
	 * @generated
	 */
	int IMPLEMENTATION_PLAN = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Task Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__TASK_GROUP = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__START = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__FINISH = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__ITEMS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Dependencies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__DEPENDENCIES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Baselines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__BASELINES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Funding Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__FUNDING_SOURCES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Budget Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__BUDGET_ITEMS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Risks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__RISKS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Implementation Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Implementation Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.PlanItemImpl <em>Plan Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.PlanItemImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getPlanItem()
	 * @generated
	 */
	int PLAN_ITEM = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__RESPONSIBLE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Baseline Dates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__BASELINE_DATES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Plan Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Plan Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.BaselineDateImpl <em>Baseline Date</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.BaselineDateImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getBaselineDate()
	 * @generated
	 */
	int BASELINE_DATE = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_DATE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_DATE__BASELINE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_DATE__START = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_DATE__FINISH = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Baseline Date</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_DATE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Baseline Date</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_DATE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.WorkPackageImpl <em>Work Package</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.WorkPackageImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getWorkPackage()
	 * @generated
	 */
	int WORK_PACKAGE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__ID = PLAN_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__NAME = PLAN_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__DESCRIPTION = PLAN_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__RESPONSIBLE = PLAN_ITEM__RESPONSIBLE;

	/**
	 * The feature id for the '<em><b>Baseline Dates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__BASELINE_DATES = PLAN_ITEM__BASELINE_DATES;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE__CHILDREN = PLAN_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Work Package</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE_FEATURE_COUNT = PLAN_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Work Package</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PACKAGE_OPERATION_COUNT = PLAN_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.TaskImpl <em>Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.TaskImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getTask()
	 * @generated
	 */
	int TASK = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ID = PLAN_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__NAME = PLAN_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__DESCRIPTION = PLAN_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__RESPONSIBLE = PLAN_ITEM__RESPONSIBLE;

	/**
	 * The feature id for the '<em><b>Baseline Dates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__BASELINE_DATES = PLAN_ITEM__BASELINE_DATES;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__START = PLAN_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__FINISH = PLAN_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Effort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__EFFORT = PLAN_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__PROGRESS = PLAN_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_FEATURE_COUNT = PLAN_ITEM_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_OPERATION_COUNT = PLAN_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.MilestoneImpl <em>Milestone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.MilestoneImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getMilestone()
	 * @generated
	 */
	int MILESTONE = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ID = PLAN_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__NAME = PLAN_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DESCRIPTION = PLAN_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__RESPONSIBLE = PLAN_ITEM__RESPONSIBLE;

	/**
	 * The feature id for the '<em><b>Baseline Dates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__BASELINE_DATES = PLAN_ITEM__BASELINE_DATES;

	/**
	 * The feature id for the '<em><b>Planned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__PLANNED = PLAN_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ACTUAL = PLAN_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__STATUS = PLAN_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Deliverable</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DELIVERABLE = PLAN_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_FEATURE_COUNT = PLAN_ITEM_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_OPERATION_COUNT = PLAN_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.DependencyImpl <em>Dependency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.DependencyImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getDependency()
	 * @generated
	 */
	int DEPENDENCY = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Predecessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__PREDECESSOR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Successor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__SUCCESSOR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__TYPE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Lag Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__LAG_DAYS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.BaselineImpl <em>Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.BaselineImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getBaseline()
	 * @generated
	 */
	int BASELINE = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.FundingSourceImpl <em>Funding Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.FundingSourceImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getFundingSource()
	 * @generated
	 */
	int FUNDING_SOURCE = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE__AMOUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE__CURRENCY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Funding Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Funding Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDING_SOURCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.BudgetItemImpl <em>Budget Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.BudgetItemImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getBudgetItem()
	 * @generated
	 */
	int BUDGET_ITEM = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_ITEM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_ITEM__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_ITEM__AMOUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_ITEM__CURRENCY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Funding Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_ITEM__FUNDING_SOURCE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_ITEM__ITEM = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Budget Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_ITEM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Budget Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_ITEM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.RiskImpl <em>Risk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.RiskImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getRisk()
	 * @generated
	 */
	int RISK = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mitigation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__MITIGATION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__PROBABILITY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__IMPACT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__OWNER = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.ActivityImpl <em>Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.ActivityImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getActivity()
	 * @generated
	 */
	int ACTIVITY = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__START = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__FINISH = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Place</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__PLACE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__PARTICIPANTS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Task Groups</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__TASK_GROUPS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__OUTCOMES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Minutes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__MINUTES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.IndicatorImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__METHOD = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SOURCE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Trend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TREND = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__REGION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE_YEAR = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Baseline Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE_VALUE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGETS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MEASUREMENTS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.TargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.TargetImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__YEAR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__UNIT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.MeasurementImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__UNIT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__METHOD = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__SOURCE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.ScenarioImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__MEASURES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.ScenarioMeasureImpl <em>Scenario Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.ScenarioMeasureImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getScenarioMeasure()
	 * @generated
	 */
	int SCENARIO_MEASURE = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_MEASURE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_MEASURE__MEASURE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_MEASURE__START_YEAR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ramp Up Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_MEASURE__RAMP_UP_YEARS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Adoption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_MEASURE__ADOPTION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Scenario Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_MEASURE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Scenario Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_MEASURE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.AgreementImpl <em>Agreement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.AgreementImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getAgreement()
	 * @generated
	 */
	int AGREEMENT = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Follow Ups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__FOLLOW_UPS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.FollowUpImpl <em>Follow Up</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.FollowUpImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getFollowUp()
	 * @generated
	 */
	int FOLLOW_UP = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DONE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__RESPONSIBLE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.spi.GlossaryTermImpl <em>Glossary Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.spi.GlossaryTermImpl
	 * @see org.tandem.model.spi.TandemPackageImpl#getGlossaryTerm()
	 * @generated
	 */
	int GLOSSARY_TERM = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOSSARY_TERM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Term</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOSSARY_TERM__TERM = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOSSARY_TERM__DEFINITION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Glossary Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOSSARY_TERM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Glossary Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GLOSSARY_TERM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tandem.model.api.TranslationState <em>Translation State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.api.TranslationState
	 * @see org.tandem.model.spi.TandemPackageImpl#getTranslationState()
	 * @generated
	 */
	int TRANSLATION_STATE = 35;

	/**
	 * The meta object id for the '{@link org.tandem.model.api.RegionKind <em>Region Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.api.RegionKind
	 * @see org.tandem.model.spi.TandemPackageImpl#getRegionKind()
	 * @generated
	 */
	int REGION_KIND = 36;

	/**
	 * The meta object id for the '{@link org.tandem.model.api.OrganizationKind <em>Organization Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.api.OrganizationKind
	 * @see org.tandem.model.spi.TandemPackageImpl#getOrganizationKind()
	 * @generated
	 */
	int ORGANIZATION_KIND = 37;

	/**
	 * The meta object id for the '{@link org.tandem.model.api.ConceptStatus <em>Concept Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.api.ConceptStatus
	 * @see org.tandem.model.spi.TandemPackageImpl#getConceptStatus()
	 * @generated
	 */
	int CONCEPT_STATUS = 38;

	/**
	 * The meta object id for the '{@link org.tandem.model.api.MilestoneStatus <em>Milestone Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.api.MilestoneStatus
	 * @see org.tandem.model.spi.TandemPackageImpl#getMilestoneStatus()
	 * @generated
	 */
	int MILESTONE_STATUS = 39;

	/**
	 * The meta object id for the '{@link org.tandem.model.api.DependencyType <em>Dependency Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.api.DependencyType
	 * @see org.tandem.model.spi.TandemPackageImpl#getDependencyType()
	 * @generated
	 */
	int DEPENDENCY_TYPE = 40;

	/**
	 * The meta object id for the '{@link org.tandem.model.api.RiskLevel <em>Risk Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.api.RiskLevel
	 * @see org.tandem.model.spi.TandemPackageImpl#getRiskLevel()
	 * @generated
	 */
	int RISK_LEVEL = 41;

	/**
	 * The meta object id for the '{@link org.tandem.model.api.ActivityKind <em>Activity Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tandem.model.api.ActivityKind
	 * @see org.tandem.model.spi.TandemPackageImpl#getActivityKind()
	 * @generated
	 */
	int ACTIVITY_KIND = 42;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.tandem.model.spi.TandemPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 43;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.tandem.model.spi.TandemPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 44;


	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.tandem.model.api.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.tandem.model.api.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.LocalizedText <em>Localized Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Localized Text</em>'.
	 * @see org.tandem.model.api.LocalizedText
	 * @generated
	 */
	EClass getLocalizedText();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.LocalizedText#getTranslations <em>Translations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Translations</em>'.
	 * @see org.tandem.model.api.LocalizedText#getTranslations()
	 * @see #getLocalizedText()
	 * @generated
	 */
	EReference getLocalizedText_Translations();

	/**
	 * Returns the meta object for the '{@link org.tandem.model.api.LocalizedText#getText(java.lang.String) <em>Get Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Text</em>' operation.
	 * @see org.tandem.model.api.LocalizedText#getText(java.lang.String)
	 * @generated
	 */
	EOperation getLocalizedText__GetText__String();

	/**
	 * Returns the meta object for the '{@link org.tandem.model.api.LocalizedText#getTextOrOriginal(java.lang.String) <em>Get Text Or Original</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Text Or Original</em>' operation.
	 * @see org.tandem.model.api.LocalizedText#getTextOrOriginal(java.lang.String)
	 * @generated
	 */
	EOperation getLocalizedText__GetTextOrOriginal__String();

	/**
	 * Returns the meta object for the '{@link org.tandem.model.api.LocalizedText#getOriginal() <em>Get Original</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Original</em>' operation.
	 * @see org.tandem.model.api.LocalizedText#getOriginal()
	 * @generated
	 */
	EOperation getLocalizedText__GetOriginal();

	/**
	 * Returns the meta object for the '{@link org.tandem.model.api.LocalizedText#setText(java.lang.String, java.lang.String) <em>Set Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Set Text</em>' operation.
	 * @see org.tandem.model.api.LocalizedText#setText(java.lang.String, java.lang.String)
	 * @generated
	 */
	EOperation getLocalizedText__SetText__String_String();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Translation <em>Translation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Translation</em>'.
	 * @see org.tandem.model.api.Translation
	 * @generated
	 */
	EClass getTranslation();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Translation#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.tandem.model.api.Translation#getLanguage()
	 * @see #getTranslation()
	 * @generated
	 */
	EAttribute getTranslation_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Translation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.tandem.model.api.Translation#getText()
	 * @see #getTranslation()
	 * @generated
	 */
	EAttribute getTranslation_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Translation#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.tandem.model.api.Translation#getState()
	 * @see #getTranslation()
	 * @generated
	 */
	EAttribute getTranslation_State();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Partnership <em>Partnership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partnership</em>'.
	 * @see org.tandem.model.api.Partnership
	 * @generated
	 */
	EClass getPartnership();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Partnership#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.tandem.model.api.Partnership#getName()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Name();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Partnership#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Description</em>'.
	 * @see org.tandem.model.api.Partnership#getDescription()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Partnership#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.tandem.model.api.Partnership#getStart()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Partnership#getFinish <em>Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finish</em>'.
	 * @see org.tandem.model.api.Partnership#getFinish()
	 * @see #getPartnership()
	 * @generated
	 */
	EAttribute getPartnership_Finish();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Partnership#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.tandem.model.api.Partnership#getRegions()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Regions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Partnership#getPhases <em>Phases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phases</em>'.
	 * @see org.tandem.model.api.Partnership#getPhases()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Phases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Partnership#getOrganizations <em>Organizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organizations</em>'.
	 * @see org.tandem.model.api.Partnership#getOrganizations()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Organizations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Partnership#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see org.tandem.model.api.Partnership#getPeople()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_People();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Partnership#getTaskGroups <em>Task Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Task Groups</em>'.
	 * @see org.tandem.model.api.Partnership#getTaskGroups()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_TaskGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Partnership#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.tandem.model.api.Partnership#getActivities()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Activities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Partnership#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.tandem.model.api.Partnership#getIndicators()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Indicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Partnership#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see org.tandem.model.api.Partnership#getScenarios()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Scenarios();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Partnership#getAgreements <em>Agreements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agreements</em>'.
	 * @see org.tandem.model.api.Partnership#getAgreements()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Agreements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Partnership#getGlossary <em>Glossary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Glossary</em>'.
	 * @see org.tandem.model.api.Partnership#getGlossary()
	 * @see #getPartnership()
	 * @generated
	 */
	EReference getPartnership_Glossary();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region</em>'.
	 * @see org.tandem.model.api.Region
	 * @generated
	 */
	EClass getRegion();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Region#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.tandem.model.api.Region#getName()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Region#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.tandem.model.api.Region#getCountry()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Region#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.tandem.model.api.Region#getKind()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Region#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.tandem.model.api.Region#getPopulation()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Population();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Region#getMunicipalities <em>Municipalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Municipalities</em>'.
	 * @see org.tandem.model.api.Region#getMunicipalities()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Municipalities();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Municipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Municipality</em>'.
	 * @see org.tandem.model.api.Municipality
	 * @generated
	 */
	EClass getMunicipality();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Municipality#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.tandem.model.api.Municipality#getName()
	 * @see #getMunicipality()
	 * @generated
	 */
	EReference getMunicipality_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Municipality#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.tandem.model.api.Municipality#getPopulation()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_Population();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Phase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phase</em>'.
	 * @see org.tandem.model.api.Phase
	 * @generated
	 */
	EClass getPhase();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Phase#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.tandem.model.api.Phase#getName()
	 * @see #getPhase()
	 * @generated
	 */
	EReference getPhase_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Phase#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.tandem.model.api.Phase#getStart()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Phase#getFinish <em>Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finish</em>'.
	 * @see org.tandem.model.api.Phase#getFinish()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_Finish();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization</em>'.
	 * @see org.tandem.model.api.Organization
	 * @generated
	 */
	EClass getOrganization();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Organization#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.tandem.model.api.Organization#getName()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Organization#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.tandem.model.api.Organization#getKind()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.Organization#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.tandem.model.api.Organization#getRegion()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Region();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.tandem.model.api.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Person#getNativeName <em>Native Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Native Name</em>'.
	 * @see org.tandem.model.api.Person#getNativeName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_NativeName();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Person#getLatinName <em>Latin Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latin Name</em>'.
	 * @see org.tandem.model.api.Person#getLatinName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_LatinName();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.Person#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organization</em>'.
	 * @see org.tandem.model.api.Person#getOrganization()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Organization();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.Person#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.tandem.model.api.Person#getRegion()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Region();

	/**
	 * Returns the meta object for the attribute list '{@link org.tandem.model.api.Person#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Languages</em>'.
	 * @see org.tandem.model.api.Person#getLanguages()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Languages();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Person#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Role</em>'.
	 * @see org.tandem.model.api.Person#getRole()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Person#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.tandem.model.api.Person#getEmail()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Email();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.TaskGroup <em>Task Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task Group</em>'.
	 * @see org.tandem.model.api.TaskGroup
	 * @generated
	 */
	EClass getTaskGroup();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.TaskGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.tandem.model.api.TaskGroup#getName()
	 * @see #getTaskGroup()
	 * @generated
	 */
	EReference getTaskGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.TaskGroup#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.tandem.model.api.TaskGroup#getDomain()
	 * @see #getTaskGroup()
	 * @generated
	 */
	EAttribute getTaskGroup_Domain();

	/**
	 * Returns the meta object for the reference list '{@link org.tandem.model.api.TaskGroup#getCoChairs <em>Co Chairs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Co Chairs</em>'.
	 * @see org.tandem.model.api.TaskGroup#getCoChairs()
	 * @see #getTaskGroup()
	 * @generated
	 */
	EReference getTaskGroup_CoChairs();

	/**
	 * Returns the meta object for the reference list '{@link org.tandem.model.api.TaskGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.tandem.model.api.TaskGroup#getMembers()
	 * @see #getTaskGroup()
	 * @generated
	 */
	EReference getTaskGroup_Members();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.TaskGroup#getConcepts <em>Concepts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Concepts</em>'.
	 * @see org.tandem.model.api.TaskGroup#getConcepts()
	 * @see #getTaskGroup()
	 * @generated
	 */
	EReference getTaskGroup_Concepts();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Concept <em>Concept</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Concept</em>'.
	 * @see org.tandem.model.api.Concept
	 * @generated
	 */
	EClass getConcept();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Concept#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.tandem.model.api.Concept#getTitle()
	 * @see #getConcept()
	 * @generated
	 */
	EReference getConcept_Title();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Concept#getProblem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Problem</em>'.
	 * @see org.tandem.model.api.Concept#getProblem()
	 * @see #getConcept()
	 * @generated
	 */
	EReference getConcept_Problem();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Concept#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Objectives</em>'.
	 * @see org.tandem.model.api.Concept#getObjectives()
	 * @see #getConcept()
	 * @generated
	 */
	EReference getConcept_Objectives();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Concept#getExpectedImpact <em>Expected Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Expected Impact</em>'.
	 * @see org.tandem.model.api.Concept#getExpectedImpact()
	 * @see #getConcept()
	 * @generated
	 */
	EReference getConcept_ExpectedImpact();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Concept#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see org.tandem.model.api.Concept#getMeasures()
	 * @see #getConcept()
	 * @generated
	 */
	EReference getConcept_Measures();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Concept#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.tandem.model.api.Concept#getStatus()
	 * @see #getConcept()
	 * @generated
	 */
	EAttribute getConcept_Status();

	/**
	 * Returns the meta object for the reference list '{@link org.tandem.model.api.Concept#getAuthors <em>Authors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Authors</em>'.
	 * @see org.tandem.model.api.Concept#getAuthors()
	 * @see #getConcept()
	 * @generated
	 */
	EReference getConcept_Authors();

	/**
	 * Returns the meta object for the reference list '{@link org.tandem.model.api.Concept#getReviewers <em>Reviewers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Reviewers</em>'.
	 * @see org.tandem.model.api.Concept#getReviewers()
	 * @see #getConcept()
	 * @generated
	 */
	EReference getConcept_Reviewers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Concept#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comments</em>'.
	 * @see org.tandem.model.api.Concept#getComments()
	 * @see #getConcept()
	 * @generated
	 */
	EReference getConcept_Comments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Concept#getStatusChanges <em>Status Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Status Changes</em>'.
	 * @see org.tandem.model.api.Concept#getStatusChanges()
	 * @see #getConcept()
	 * @generated
	 */
	EReference getConcept_StatusChanges();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.StatusChange <em>Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Change</em>'.
	 * @see org.tandem.model.api.StatusChange
	 * @generated
	 */
	EClass getStatusChange();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.StatusChange#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.tandem.model.api.StatusChange#getFrom()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_From();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.StatusChange#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.tandem.model.api.StatusChange#getTo()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_To();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.StatusChange#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>By</em>'.
	 * @see org.tandem.model.api.StatusChange#getBy()
	 * @see #getStatusChange()
	 * @generated
	 */
	EReference getStatusChange_By();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.StatusChange#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.tandem.model.api.StatusChange#getAt()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_At();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.StatusChange#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.tandem.model.api.StatusChange#getNote()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Note();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure</em>'.
	 * @see org.tandem.model.api.Measure
	 * @generated
	 */
	EClass getMeasure();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Measure#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.tandem.model.api.Measure#getName()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Name();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Measure#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Description</em>'.
	 * @see org.tandem.model.api.Measure#getDescription()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Measure#getImpacts <em>Impacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Impacts</em>'.
	 * @see org.tandem.model.api.Measure#getImpacts()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Impacts();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Measure#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.tandem.model.api.Measure#getCost()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Cost();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Measure#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.tandem.model.api.Measure#getCurrency()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Currency();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.ExpectedImpact <em>Expected Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expected Impact</em>'.
	 * @see org.tandem.model.api.ExpectedImpact
	 * @generated
	 */
	EClass getExpectedImpact();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.ExpectedImpact#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Indicator</em>'.
	 * @see org.tandem.model.api.ExpectedImpact#getIndicator()
	 * @see #getExpectedImpact()
	 * @generated
	 */
	EReference getExpectedImpact_Indicator();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.ExpectedImpact#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.tandem.model.api.ExpectedImpact#getValue()
	 * @see #getExpectedImpact()
	 * @generated
	 */
	EAttribute getExpectedImpact_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.ExpectedImpact#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.tandem.model.api.ExpectedImpact#getYear()
	 * @see #getExpectedImpact()
	 * @generated
	 */
	EAttribute getExpectedImpact_Year();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Comment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comment</em>'.
	 * @see org.tandem.model.api.Comment
	 * @generated
	 */
	EClass getComment();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.Comment#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.tandem.model.api.Comment#getAuthor()
	 * @see #getComment()
	 * @generated
	 */
	EReference getComment_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Comment#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.tandem.model.api.Comment#getCreated()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Comment#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section</em>'.
	 * @see org.tandem.model.api.Comment#getSection()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Section();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Comment#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.tandem.model.api.Comment#getLanguage()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Comment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.tandem.model.api.Comment#getText()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Comment#isResolved <em>Resolved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved</em>'.
	 * @see org.tandem.model.api.Comment#isResolved()
	 * @see #getComment()
	 * @generated
	 */
	EAttribute getComment_Resolved();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Comment#getReplies <em>Replies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Replies</em>'.
	 * @see org.tandem.model.api.Comment#getReplies()
	 * @see #getComment()
	 * @generated
	 */
	EReference getComment_Replies();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.ImplementationPlan <em>Implementation Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Implementation Plan</em>'.
	 * @see org.tandem.model.api.ImplementationPlan
	 * @generated
	 */
	EClass getImplementationPlan();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.ImplementationPlan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.tandem.model.api.ImplementationPlan#getName()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Name();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.ImplementationPlan#getTaskGroup <em>Task Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Task Group</em>'.
	 * @see org.tandem.model.api.ImplementationPlan#getTaskGroup()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_TaskGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.ImplementationPlan#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.tandem.model.api.ImplementationPlan#getStart()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EAttribute getImplementationPlan_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.ImplementationPlan#getFinish <em>Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finish</em>'.
	 * @see org.tandem.model.api.ImplementationPlan#getFinish()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EAttribute getImplementationPlan_Finish();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.ImplementationPlan#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.tandem.model.api.ImplementationPlan#getItems()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Items();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.ImplementationPlan#getDependencies <em>Dependencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dependencies</em>'.
	 * @see org.tandem.model.api.ImplementationPlan#getDependencies()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Dependencies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.ImplementationPlan#getBaselines <em>Baselines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Baselines</em>'.
	 * @see org.tandem.model.api.ImplementationPlan#getBaselines()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Baselines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.ImplementationPlan#getFundingSources <em>Funding Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Funding Sources</em>'.
	 * @see org.tandem.model.api.ImplementationPlan#getFundingSources()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_FundingSources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.ImplementationPlan#getBudgetItems <em>Budget Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budget Items</em>'.
	 * @see org.tandem.model.api.ImplementationPlan#getBudgetItems()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_BudgetItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.ImplementationPlan#getRisks <em>Risks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Risks</em>'.
	 * @see org.tandem.model.api.ImplementationPlan#getRisks()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Risks();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.PlanItem <em>Plan Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Item</em>'.
	 * @see org.tandem.model.api.PlanItem
	 * @generated
	 */
	EClass getPlanItem();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.PlanItem#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.tandem.model.api.PlanItem#getName()
	 * @see #getPlanItem()
	 * @generated
	 */
	EReference getPlanItem_Name();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.PlanItem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Description</em>'.
	 * @see org.tandem.model.api.PlanItem#getDescription()
	 * @see #getPlanItem()
	 * @generated
	 */
	EReference getPlanItem_Description();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.PlanItem#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible</em>'.
	 * @see org.tandem.model.api.PlanItem#getResponsible()
	 * @see #getPlanItem()
	 * @generated
	 */
	EReference getPlanItem_Responsible();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.PlanItem#getBaselineDates <em>Baseline Dates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Baseline Dates</em>'.
	 * @see org.tandem.model.api.PlanItem#getBaselineDates()
	 * @see #getPlanItem()
	 * @generated
	 */
	EReference getPlanItem_BaselineDates();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.BaselineDate <em>Baseline Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline Date</em>'.
	 * @see org.tandem.model.api.BaselineDate
	 * @generated
	 */
	EClass getBaselineDate();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.BaselineDate#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Baseline</em>'.
	 * @see org.tandem.model.api.BaselineDate#getBaseline()
	 * @see #getBaselineDate()
	 * @generated
	 */
	EReference getBaselineDate_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.BaselineDate#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.tandem.model.api.BaselineDate#getStart()
	 * @see #getBaselineDate()
	 * @generated
	 */
	EAttribute getBaselineDate_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.BaselineDate#getFinish <em>Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finish</em>'.
	 * @see org.tandem.model.api.BaselineDate#getFinish()
	 * @see #getBaselineDate()
	 * @generated
	 */
	EAttribute getBaselineDate_Finish();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.WorkPackage <em>Work Package</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Package</em>'.
	 * @see org.tandem.model.api.WorkPackage
	 * @generated
	 */
	EClass getWorkPackage();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.WorkPackage#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.tandem.model.api.WorkPackage#getChildren()
	 * @see #getWorkPackage()
	 * @generated
	 */
	EReference getWorkPackage_Children();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task</em>'.
	 * @see org.tandem.model.api.Task
	 * @generated
	 */
	EClass getTask();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Task#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.tandem.model.api.Task#getStart()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Task#getFinish <em>Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finish</em>'.
	 * @see org.tandem.model.api.Task#getFinish()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Finish();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Task#getEffort <em>Effort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effort</em>'.
	 * @see org.tandem.model.api.Task#getEffort()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Effort();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Task#getProgress <em>Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress</em>'.
	 * @see org.tandem.model.api.Task#getProgress()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Progress();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Milestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Milestone</em>'.
	 * @see org.tandem.model.api.Milestone
	 * @generated
	 */
	EClass getMilestone();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Milestone#getPlanned <em>Planned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned</em>'.
	 * @see org.tandem.model.api.Milestone#getPlanned()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Planned();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Milestone#getActual <em>Actual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual</em>'.
	 * @see org.tandem.model.api.Milestone#getActual()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Actual();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Milestone#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.tandem.model.api.Milestone#getStatus()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Status();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Milestone#getDeliverable <em>Deliverable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Deliverable</em>'.
	 * @see org.tandem.model.api.Milestone#getDeliverable()
	 * @see #getMilestone()
	 * @generated
	 */
	EReference getMilestone_Deliverable();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Dependency <em>Dependency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dependency</em>'.
	 * @see org.tandem.model.api.Dependency
	 * @generated
	 */
	EClass getDependency();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.Dependency#getPredecessor <em>Predecessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Predecessor</em>'.
	 * @see org.tandem.model.api.Dependency#getPredecessor()
	 * @see #getDependency()
	 * @generated
	 */
	EReference getDependency_Predecessor();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.Dependency#getSuccessor <em>Successor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Successor</em>'.
	 * @see org.tandem.model.api.Dependency#getSuccessor()
	 * @see #getDependency()
	 * @generated
	 */
	EReference getDependency_Successor();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Dependency#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.tandem.model.api.Dependency#getType()
	 * @see #getDependency()
	 * @generated
	 */
	EAttribute getDependency_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Dependency#getLagDays <em>Lag Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lag Days</em>'.
	 * @see org.tandem.model.api.Dependency#getLagDays()
	 * @see #getDependency()
	 * @generated
	 */
	EAttribute getDependency_LagDays();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline</em>'.
	 * @see org.tandem.model.api.Baseline
	 * @generated
	 */
	EClass getBaseline();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Baseline#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.tandem.model.api.Baseline#getName()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Baseline#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.tandem.model.api.Baseline#getDate()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Date();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.FundingSource <em>Funding Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Funding Source</em>'.
	 * @see org.tandem.model.api.FundingSource
	 * @generated
	 */
	EClass getFundingSource();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.FundingSource#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.tandem.model.api.FundingSource#getName()
	 * @see #getFundingSource()
	 * @generated
	 */
	EReference getFundingSource_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.FundingSource#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.tandem.model.api.FundingSource#getKind()
	 * @see #getFundingSource()
	 * @generated
	 */
	EAttribute getFundingSource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.FundingSource#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.tandem.model.api.FundingSource#getAmount()
	 * @see #getFundingSource()
	 * @generated
	 */
	EAttribute getFundingSource_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.FundingSource#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.tandem.model.api.FundingSource#getCurrency()
	 * @see #getFundingSource()
	 * @generated
	 */
	EAttribute getFundingSource_Currency();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.BudgetItem <em>Budget Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Item</em>'.
	 * @see org.tandem.model.api.BudgetItem
	 * @generated
	 */
	EClass getBudgetItem();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.BudgetItem#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.tandem.model.api.BudgetItem#getName()
	 * @see #getBudgetItem()
	 * @generated
	 */
	EReference getBudgetItem_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.BudgetItem#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.tandem.model.api.BudgetItem#getAmount()
	 * @see #getBudgetItem()
	 * @generated
	 */
	EAttribute getBudgetItem_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.BudgetItem#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.tandem.model.api.BudgetItem#getCurrency()
	 * @see #getBudgetItem()
	 * @generated
	 */
	EAttribute getBudgetItem_Currency();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.BudgetItem#getFundingSource <em>Funding Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Funding Source</em>'.
	 * @see org.tandem.model.api.BudgetItem#getFundingSource()
	 * @see #getBudgetItem()
	 * @generated
	 */
	EReference getBudgetItem_FundingSource();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.BudgetItem#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.tandem.model.api.BudgetItem#getItem()
	 * @see #getBudgetItem()
	 * @generated
	 */
	EReference getBudgetItem_Item();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Risk <em>Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk</em>'.
	 * @see org.tandem.model.api.Risk
	 * @generated
	 */
	EClass getRisk();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Risk#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Description</em>'.
	 * @see org.tandem.model.api.Risk#getDescription()
	 * @see #getRisk()
	 * @generated
	 */
	EReference getRisk_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Risk#getMitigation <em>Mitigation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Mitigation</em>'.
	 * @see org.tandem.model.api.Risk#getMitigation()
	 * @see #getRisk()
	 * @generated
	 */
	EReference getRisk_Mitigation();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Risk#getProbability <em>Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability</em>'.
	 * @see org.tandem.model.api.Risk#getProbability()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Probability();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Risk#getImpact <em>Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact</em>'.
	 * @see org.tandem.model.api.Risk#getImpact()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Impact();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.Risk#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.tandem.model.api.Risk#getOwner()
	 * @see #getRisk()
	 * @generated
	 */
	EReference getRisk_Owner();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity</em>'.
	 * @see org.tandem.model.api.Activity
	 * @generated
	 */
	EClass getActivity();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Activity#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.tandem.model.api.Activity#getName()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Activity#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.tandem.model.api.Activity#getKind()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Activity#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.tandem.model.api.Activity#getStart()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Activity#getFinish <em>Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finish</em>'.
	 * @see org.tandem.model.api.Activity#getFinish()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Finish();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Activity#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Place</em>'.
	 * @see org.tandem.model.api.Activity#getPlace()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Place();

	/**
	 * Returns the meta object for the reference list '{@link org.tandem.model.api.Activity#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Participants</em>'.
	 * @see org.tandem.model.api.Activity#getParticipants()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Participants();

	/**
	 * Returns the meta object for the reference list '{@link org.tandem.model.api.Activity#getTaskGroups <em>Task Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Task Groups</em>'.
	 * @see org.tandem.model.api.Activity#getTaskGroups()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_TaskGroups();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Activity#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Outcomes</em>'.
	 * @see org.tandem.model.api.Activity#getOutcomes()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Outcomes();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Activity#getMinutes <em>Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Minutes</em>'.
	 * @see org.tandem.model.api.Activity#getMinutes()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Minutes();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.tandem.model.api.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Indicator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.tandem.model.api.Indicator#getName()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.tandem.model.api.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Indicator#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.tandem.model.api.Indicator#getMethod()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Indicator#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.tandem.model.api.Indicator#getSource()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Indicator#getTrend <em>Trend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trend</em>'.
	 * @see org.tandem.model.api.Indicator#getTrend()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Trend();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.Indicator#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.tandem.model.api.Indicator#getRegion()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Indicator#getBaselineYear <em>Baseline Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Year</em>'.
	 * @see org.tandem.model.api.Indicator#getBaselineYear()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_BaselineYear();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Indicator#getBaselineValue <em>Baseline Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Value</em>'.
	 * @see org.tandem.model.api.Indicator#getBaselineValue()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_BaselineValue();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Indicator#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.tandem.model.api.Indicator#getTargets()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Targets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Indicator#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see org.tandem.model.api.Indicator#getMeasurements()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Measurements();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see org.tandem.model.api.Target
	 * @generated
	 */
	EClass getTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Target#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.tandem.model.api.Target#getYear()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Target#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.tandem.model.api.Target#getValue()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Target#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.tandem.model.api.Target#getUnit()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Unit();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see org.tandem.model.api.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Measurement#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.tandem.model.api.Measurement#getDate()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Measurement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.tandem.model.api.Measurement#getValue()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Measurement#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.tandem.model.api.Measurement#getUnit()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Measurement#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.tandem.model.api.Measurement#getMethod()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Measurement#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.tandem.model.api.Measurement#getSource()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Source();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.tandem.model.api.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Scenario#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Name</em>'.
	 * @see org.tandem.model.api.Scenario#getName()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Name();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Scenario#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Description</em>'.
	 * @see org.tandem.model.api.Scenario#getDescription()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Scenario#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see org.tandem.model.api.Scenario#getMeasures()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Measures();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.ScenarioMeasure <em>Scenario Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario Measure</em>'.
	 * @see org.tandem.model.api.ScenarioMeasure
	 * @generated
	 */
	EClass getScenarioMeasure();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.ScenarioMeasure#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Measure</em>'.
	 * @see org.tandem.model.api.ScenarioMeasure#getMeasure()
	 * @see #getScenarioMeasure()
	 * @generated
	 */
	EReference getScenarioMeasure_Measure();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.ScenarioMeasure#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see org.tandem.model.api.ScenarioMeasure#getStartYear()
	 * @see #getScenarioMeasure()
	 * @generated
	 */
	EAttribute getScenarioMeasure_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.ScenarioMeasure#getRampUpYears <em>Ramp Up Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ramp Up Years</em>'.
	 * @see org.tandem.model.api.ScenarioMeasure#getRampUpYears()
	 * @see #getScenarioMeasure()
	 * @generated
	 */
	EAttribute getScenarioMeasure_RampUpYears();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.ScenarioMeasure#getAdoption <em>Adoption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adoption</em>'.
	 * @see org.tandem.model.api.ScenarioMeasure#getAdoption()
	 * @see #getScenarioMeasure()
	 * @generated
	 */
	EAttribute getScenarioMeasure_Adoption();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.Agreement <em>Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agreement</em>'.
	 * @see org.tandem.model.api.Agreement
	 * @generated
	 */
	EClass getAgreement();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Agreement#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Title</em>'.
	 * @see org.tandem.model.api.Agreement#getTitle()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_Title();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.Agreement#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Text</em>'.
	 * @see org.tandem.model.api.Agreement#getText()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.Agreement#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.tandem.model.api.Agreement#getDate()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_Date();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tandem.model.api.Agreement#getFollowUps <em>Follow Ups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Follow Ups</em>'.
	 * @see org.tandem.model.api.Agreement#getFollowUps()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_FollowUps();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.FollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Follow Up</em>'.
	 * @see org.tandem.model.api.FollowUp
	 * @generated
	 */
	EClass getFollowUp();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.FollowUp#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Description</em>'.
	 * @see org.tandem.model.api.FollowUp#getDescription()
	 * @see #getFollowUp()
	 * @generated
	 */
	EReference getFollowUp_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.FollowUp#getDue <em>Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due</em>'.
	 * @see org.tandem.model.api.FollowUp#getDue()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Due();

	/**
	 * Returns the meta object for the attribute '{@link org.tandem.model.api.FollowUp#isDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see org.tandem.model.api.FollowUp#isDone()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Done();

	/**
	 * Returns the meta object for the reference '{@link org.tandem.model.api.FollowUp#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible</em>'.
	 * @see org.tandem.model.api.FollowUp#getResponsible()
	 * @see #getFollowUp()
	 * @generated
	 */
	EReference getFollowUp_Responsible();

	/**
	 * Returns the meta object for class '{@link org.tandem.model.api.GlossaryTerm <em>Glossary Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Glossary Term</em>'.
	 * @see org.tandem.model.api.GlossaryTerm
	 * @generated
	 */
	EClass getGlossaryTerm();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.GlossaryTerm#getTerm <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Term</em>'.
	 * @see org.tandem.model.api.GlossaryTerm#getTerm()
	 * @see #getGlossaryTerm()
	 * @generated
	 */
	EReference getGlossaryTerm_Term();

	/**
	 * Returns the meta object for the containment reference '{@link org.tandem.model.api.GlossaryTerm#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Definition</em>'.
	 * @see org.tandem.model.api.GlossaryTerm#getDefinition()
	 * @see #getGlossaryTerm()
	 * @generated
	 */
	EReference getGlossaryTerm_Definition();

	/**
	 * Returns the meta object for enum '{@link org.tandem.model.api.TranslationState <em>Translation State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Translation State</em>'.
	 * @see org.tandem.model.api.TranslationState
	 * @generated
	 */
	EEnum getTranslationState();

	/**
	 * Returns the meta object for enum '{@link org.tandem.model.api.RegionKind <em>Region Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Region Kind</em>'.
	 * @see org.tandem.model.api.RegionKind
	 * @generated
	 */
	EEnum getRegionKind();

	/**
	 * Returns the meta object for enum '{@link org.tandem.model.api.OrganizationKind <em>Organization Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organization Kind</em>'.
	 * @see org.tandem.model.api.OrganizationKind
	 * @generated
	 */
	EEnum getOrganizationKind();

	/**
	 * Returns the meta object for enum '{@link org.tandem.model.api.ConceptStatus <em>Concept Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Concept Status</em>'.
	 * @see org.tandem.model.api.ConceptStatus
	 * @generated
	 */
	EEnum getConceptStatus();

	/**
	 * Returns the meta object for enum '{@link org.tandem.model.api.MilestoneStatus <em>Milestone Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Milestone Status</em>'.
	 * @see org.tandem.model.api.MilestoneStatus
	 * @generated
	 */
	EEnum getMilestoneStatus();

	/**
	 * Returns the meta object for enum '{@link org.tandem.model.api.DependencyType <em>Dependency Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dependency Type</em>'.
	 * @see org.tandem.model.api.DependencyType
	 * @generated
	 */
	EEnum getDependencyType();

	/**
	 * Returns the meta object for enum '{@link org.tandem.model.api.RiskLevel <em>Risk Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Level</em>'.
	 * @see org.tandem.model.api.RiskLevel
	 * @generated
	 */
	EEnum getRiskLevel();

	/**
	 * Returns the meta object for enum '{@link org.tandem.model.api.ActivityKind <em>Activity Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activity Kind</em>'.
	 * @see org.tandem.model.api.ActivityKind
	 * @generated
	 */
	EEnum getActivityKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar day, written as ISO 8601 yyyy-MM-dd.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time, written as ISO 8601 in UTC, such as 2026-05-04T08:30:00Z.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TandemFactory getTandemFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.IdentifiedImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.LocalizedTextImpl <em>Localized Text</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.LocalizedTextImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getLocalizedText()
		 * @generated
		 */
		EClass LOCALIZED_TEXT = eINSTANCE.getLocalizedText();

		/**
		 * The meta object literal for the '<em><b>Translations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCALIZED_TEXT__TRANSLATIONS = eINSTANCE.getLocalizedText_Translations();

		/**
		 * The meta object literal for the '<em><b>Get Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LOCALIZED_TEXT___GET_TEXT__STRING = eINSTANCE.getLocalizedText__GetText__String();

		/**
		 * The meta object literal for the '<em><b>Get Text Or Original</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LOCALIZED_TEXT___GET_TEXT_OR_ORIGINAL__STRING = eINSTANCE.getLocalizedText__GetTextOrOriginal__String();

		/**
		 * The meta object literal for the '<em><b>Get Original</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LOCALIZED_TEXT___GET_ORIGINAL = eINSTANCE.getLocalizedText__GetOriginal();

		/**
		 * The meta object literal for the '<em><b>Set Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LOCALIZED_TEXT___SET_TEXT__STRING_STRING = eINSTANCE.getLocalizedText__SetText__String_String();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.TranslationImpl <em>Translation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.TranslationImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getTranslation()
		 * @generated
		 */
		EClass TRANSLATION = eINSTANCE.getTranslation();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION__LANGUAGE = eINSTANCE.getTranslation_Language();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION__TEXT = eINSTANCE.getTranslation_Text();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION__STATE = eINSTANCE.getTranslation_State();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.PartnershipImpl <em>Partnership</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.PartnershipImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getPartnership()
		 * @generated
		 */
		EClass PARTNERSHIP = eINSTANCE.getPartnership();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__NAME = eINSTANCE.getPartnership_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__DESCRIPTION = eINSTANCE.getPartnership_Description();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__START = eINSTANCE.getPartnership_Start();

		/**
		 * The meta object literal for the '<em><b>Finish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNERSHIP__FINISH = eINSTANCE.getPartnership_Finish();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__REGIONS = eINSTANCE.getPartnership_Regions();

		/**
		 * The meta object literal for the '<em><b>Phases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__PHASES = eINSTANCE.getPartnership_Phases();

		/**
		 * The meta object literal for the '<em><b>Organizations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__ORGANIZATIONS = eINSTANCE.getPartnership_Organizations();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__PEOPLE = eINSTANCE.getPartnership_People();

		/**
		 * The meta object literal for the '<em><b>Task Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__TASK_GROUPS = eINSTANCE.getPartnership_TaskGroups();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__ACTIVITIES = eINSTANCE.getPartnership_Activities();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__INDICATORS = eINSTANCE.getPartnership_Indicators();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__SCENARIOS = eINSTANCE.getPartnership_Scenarios();

		/**
		 * The meta object literal for the '<em><b>Agreements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__AGREEMENTS = eINSTANCE.getPartnership_Agreements();

		/**
		 * The meta object literal for the '<em><b>Glossary</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNERSHIP__GLOSSARY = eINSTANCE.getPartnership_Glossary();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.RegionImpl <em>Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.RegionImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getRegion()
		 * @generated
		 */
		EClass REGION = eINSTANCE.getRegion();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__NAME = eINSTANCE.getRegion_Name();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__COUNTRY = eINSTANCE.getRegion_Country();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__KIND = eINSTANCE.getRegion_Kind();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__POPULATION = eINSTANCE.getRegion_Population();

		/**
		 * The meta object literal for the '<em><b>Municipalities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__MUNICIPALITIES = eINSTANCE.getRegion_Municipalities();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.MunicipalityImpl <em>Municipality</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.MunicipalityImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getMunicipality()
		 * @generated
		 */
		EClass MUNICIPALITY = eINSTANCE.getMunicipality();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUNICIPALITY__NAME = eINSTANCE.getMunicipality_Name();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__POPULATION = eINSTANCE.getMunicipality_Population();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.PhaseImpl <em>Phase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.PhaseImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getPhase()
		 * @generated
		 */
		EClass PHASE = eINSTANCE.getPhase();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHASE__NAME = eINSTANCE.getPhase_Name();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__START = eINSTANCE.getPhase_Start();

		/**
		 * The meta object literal for the '<em><b>Finish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__FINISH = eINSTANCE.getPhase_Finish();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.OrganizationImpl <em>Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.OrganizationImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getOrganization()
		 * @generated
		 */
		EClass ORGANIZATION = eINSTANCE.getOrganization();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__NAME = eINSTANCE.getOrganization_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__KIND = eINSTANCE.getOrganization_Kind();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__REGION = eINSTANCE.getOrganization_Region();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.PersonImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Native Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NATIVE_NAME = eINSTANCE.getPerson_NativeName();

		/**
		 * The meta object literal for the '<em><b>Latin Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__LATIN_NAME = eINSTANCE.getPerson_LatinName();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__ORGANIZATION = eINSTANCE.getPerson_Organization();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__REGION = eINSTANCE.getPerson_Region();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__LANGUAGES = eINSTANCE.getPerson_Languages();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__ROLE = eINSTANCE.getPerson_Role();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__EMAIL = eINSTANCE.getPerson_Email();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.TaskGroupImpl <em>Task Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.TaskGroupImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getTaskGroup()
		 * @generated
		 */
		EClass TASK_GROUP = eINSTANCE.getTaskGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK_GROUP__NAME = eINSTANCE.getTaskGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_GROUP__DOMAIN = eINSTANCE.getTaskGroup_Domain();

		/**
		 * The meta object literal for the '<em><b>Co Chairs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK_GROUP__CO_CHAIRS = eINSTANCE.getTaskGroup_CoChairs();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK_GROUP__MEMBERS = eINSTANCE.getTaskGroup_Members();

		/**
		 * The meta object literal for the '<em><b>Concepts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK_GROUP__CONCEPTS = eINSTANCE.getTaskGroup_Concepts();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.ConceptImpl <em>Concept</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.ConceptImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getConcept()
		 * @generated
		 */
		EClass CONCEPT = eINSTANCE.getConcept();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCEPT__TITLE = eINSTANCE.getConcept_Title();

		/**
		 * The meta object literal for the '<em><b>Problem</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCEPT__PROBLEM = eINSTANCE.getConcept_Problem();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCEPT__OBJECTIVES = eINSTANCE.getConcept_Objectives();

		/**
		 * The meta object literal for the '<em><b>Expected Impact</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCEPT__EXPECTED_IMPACT = eINSTANCE.getConcept_ExpectedImpact();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCEPT__MEASURES = eINSTANCE.getConcept_Measures();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT__STATUS = eINSTANCE.getConcept_Status();

		/**
		 * The meta object literal for the '<em><b>Authors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCEPT__AUTHORS = eINSTANCE.getConcept_Authors();

		/**
		 * The meta object literal for the '<em><b>Reviewers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCEPT__REVIEWERS = eINSTANCE.getConcept_Reviewers();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCEPT__COMMENTS = eINSTANCE.getConcept_Comments();

		/**
		 * The meta object literal for the '<em><b>Status Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCEPT__STATUS_CHANGES = eINSTANCE.getConcept_StatusChanges();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.StatusChangeImpl <em>Status Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.StatusChangeImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getStatusChange()
		 * @generated
		 */
		EClass STATUS_CHANGE = eINSTANCE.getStatusChange();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__FROM = eINSTANCE.getStatusChange_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__TO = eINSTANCE.getStatusChange_To();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATUS_CHANGE__BY = eINSTANCE.getStatusChange_By();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__AT = eINSTANCE.getStatusChange_At();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__NOTE = eINSTANCE.getStatusChange_Note();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.MeasureImpl <em>Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.MeasureImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getMeasure()
		 * @generated
		 */
		EClass MEASURE = eINSTANCE.getMeasure();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__NAME = eINSTANCE.getMeasure_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__DESCRIPTION = eINSTANCE.getMeasure_Description();

		/**
		 * The meta object literal for the '<em><b>Impacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__IMPACTS = eINSTANCE.getMeasure_Impacts();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__COST = eINSTANCE.getMeasure_Cost();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__CURRENCY = eINSTANCE.getMeasure_Currency();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.ExpectedImpactImpl <em>Expected Impact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.ExpectedImpactImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getExpectedImpact()
		 * @generated
		 */
		EClass EXPECTED_IMPACT = eINSTANCE.getExpectedImpact();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPECTED_IMPACT__INDICATOR = eINSTANCE.getExpectedImpact_Indicator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTED_IMPACT__VALUE = eINSTANCE.getExpectedImpact_Value();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTED_IMPACT__YEAR = eINSTANCE.getExpectedImpact_Year();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.CommentImpl <em>Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.CommentImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getComment()
		 * @generated
		 */
		EClass COMMENT = eINSTANCE.getComment();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMENT__AUTHOR = eINSTANCE.getComment_Author();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__CREATED = eINSTANCE.getComment_Created();

		/**
		 * The meta object literal for the '<em><b>Section</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__SECTION = eINSTANCE.getComment_Section();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__LANGUAGE = eINSTANCE.getComment_Language();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__TEXT = eINSTANCE.getComment_Text();

		/**
		 * The meta object literal for the '<em><b>Resolved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMENT__RESOLVED = eINSTANCE.getComment_Resolved();

		/**
		 * The meta object literal for the '<em><b>Replies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMENT__REPLIES = eINSTANCE.getComment_Replies();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.ImplementationPlanImpl <em>Implementation Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.ImplementationPlanImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getImplementationPlan()
		 * @generated
		 */
		EClass IMPLEMENTATION_PLAN = eINSTANCE.getImplementationPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__NAME = eINSTANCE.getImplementationPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Task Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__TASK_GROUP = eINSTANCE.getImplementationPlan_TaskGroup();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_PLAN__START = eINSTANCE.getImplementationPlan_Start();

		/**
		 * The meta object literal for the '<em><b>Finish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_PLAN__FINISH = eINSTANCE.getImplementationPlan_Finish();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__ITEMS = eINSTANCE.getImplementationPlan_Items();

		/**
		 * The meta object literal for the '<em><b>Dependencies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__DEPENDENCIES = eINSTANCE.getImplementationPlan_Dependencies();

		/**
		 * The meta object literal for the '<em><b>Baselines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__BASELINES = eINSTANCE.getImplementationPlan_Baselines();

		/**
		 * The meta object literal for the '<em><b>Funding Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__FUNDING_SOURCES = eINSTANCE.getImplementationPlan_FundingSources();

		/**
		 * The meta object literal for the '<em><b>Budget Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__BUDGET_ITEMS = eINSTANCE.getImplementationPlan_BudgetItems();

		/**
		 * The meta object literal for the '<em><b>Risks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__RISKS = eINSTANCE.getImplementationPlan_Risks();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.PlanItemImpl <em>Plan Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.PlanItemImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getPlanItem()
		 * @generated
		 */
		EClass PLAN_ITEM = eINSTANCE.getPlanItem();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_ITEM__NAME = eINSTANCE.getPlanItem_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_ITEM__DESCRIPTION = eINSTANCE.getPlanItem_Description();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_ITEM__RESPONSIBLE = eINSTANCE.getPlanItem_Responsible();

		/**
		 * The meta object literal for the '<em><b>Baseline Dates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_ITEM__BASELINE_DATES = eINSTANCE.getPlanItem_BaselineDates();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.BaselineDateImpl <em>Baseline Date</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.BaselineDateImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getBaselineDate()
		 * @generated
		 */
		EClass BASELINE_DATE = eINSTANCE.getBaselineDate();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE_DATE__BASELINE = eINSTANCE.getBaselineDate_Baseline();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_DATE__START = eINSTANCE.getBaselineDate_Start();

		/**
		 * The meta object literal for the '<em><b>Finish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_DATE__FINISH = eINSTANCE.getBaselineDate_Finish();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.WorkPackageImpl <em>Work Package</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.WorkPackageImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getWorkPackage()
		 * @generated
		 */
		EClass WORK_PACKAGE = eINSTANCE.getWorkPackage();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_PACKAGE__CHILDREN = eINSTANCE.getWorkPackage_Children();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.TaskImpl <em>Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.TaskImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getTask()
		 * @generated
		 */
		EClass TASK = eINSTANCE.getTask();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__START = eINSTANCE.getTask_Start();

		/**
		 * The meta object literal for the '<em><b>Finish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__FINISH = eINSTANCE.getTask_Finish();

		/**
		 * The meta object literal for the '<em><b>Effort</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__EFFORT = eINSTANCE.getTask_Effort();

		/**
		 * The meta object literal for the '<em><b>Progress</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__PROGRESS = eINSTANCE.getTask_Progress();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.MilestoneImpl <em>Milestone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.MilestoneImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getMilestone()
		 * @generated
		 */
		EClass MILESTONE = eINSTANCE.getMilestone();

		/**
		 * The meta object literal for the '<em><b>Planned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__PLANNED = eINSTANCE.getMilestone_Planned();

		/**
		 * The meta object literal for the '<em><b>Actual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__ACTUAL = eINSTANCE.getMilestone_Actual();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__STATUS = eINSTANCE.getMilestone_Status();

		/**
		 * The meta object literal for the '<em><b>Deliverable</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MILESTONE__DELIVERABLE = eINSTANCE.getMilestone_Deliverable();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.DependencyImpl <em>Dependency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.DependencyImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getDependency()
		 * @generated
		 */
		EClass DEPENDENCY = eINSTANCE.getDependency();

		/**
		 * The meta object literal for the '<em><b>Predecessor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPENDENCY__PREDECESSOR = eINSTANCE.getDependency_Predecessor();

		/**
		 * The meta object literal for the '<em><b>Successor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPENDENCY__SUCCESSOR = eINSTANCE.getDependency_Successor();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPENDENCY__TYPE = eINSTANCE.getDependency_Type();

		/**
		 * The meta object literal for the '<em><b>Lag Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPENDENCY__LAG_DAYS = eINSTANCE.getDependency_LagDays();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.BaselineImpl <em>Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.BaselineImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getBaseline()
		 * @generated
		 */
		EClass BASELINE = eINSTANCE.getBaseline();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__NAME = eINSTANCE.getBaseline_Name();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__DATE = eINSTANCE.getBaseline_Date();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.FundingSourceImpl <em>Funding Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.FundingSourceImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getFundingSource()
		 * @generated
		 */
		EClass FUNDING_SOURCE = eINSTANCE.getFundingSource();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNDING_SOURCE__NAME = eINSTANCE.getFundingSource_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_SOURCE__KIND = eINSTANCE.getFundingSource_Kind();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_SOURCE__AMOUNT = eINSTANCE.getFundingSource_Amount();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDING_SOURCE__CURRENCY = eINSTANCE.getFundingSource_Currency();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.BudgetItemImpl <em>Budget Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.BudgetItemImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getBudgetItem()
		 * @generated
		 */
		EClass BUDGET_ITEM = eINSTANCE.getBudgetItem();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_ITEM__NAME = eINSTANCE.getBudgetItem_Name();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_ITEM__AMOUNT = eINSTANCE.getBudgetItem_Amount();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_ITEM__CURRENCY = eINSTANCE.getBudgetItem_Currency();

		/**
		 * The meta object literal for the '<em><b>Funding Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_ITEM__FUNDING_SOURCE = eINSTANCE.getBudgetItem_FundingSource();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_ITEM__ITEM = eINSTANCE.getBudgetItem_Item();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.RiskImpl <em>Risk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.RiskImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getRisk()
		 * @generated
		 */
		EClass RISK = eINSTANCE.getRisk();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK__DESCRIPTION = eINSTANCE.getRisk_Description();

		/**
		 * The meta object literal for the '<em><b>Mitigation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK__MITIGATION = eINSTANCE.getRisk_Mitigation();

		/**
		 * The meta object literal for the '<em><b>Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__PROBABILITY = eINSTANCE.getRisk_Probability();

		/**
		 * The meta object literal for the '<em><b>Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__IMPACT = eINSTANCE.getRisk_Impact();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK__OWNER = eINSTANCE.getRisk_Owner();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.ActivityImpl <em>Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.ActivityImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getActivity()
		 * @generated
		 */
		EClass ACTIVITY = eINSTANCE.getActivity();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__NAME = eINSTANCE.getActivity_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__KIND = eINSTANCE.getActivity_Kind();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__START = eINSTANCE.getActivity_Start();

		/**
		 * The meta object literal for the '<em><b>Finish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__FINISH = eINSTANCE.getActivity_Finish();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__PLACE = eINSTANCE.getActivity_Place();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__PARTICIPANTS = eINSTANCE.getActivity_Participants();

		/**
		 * The meta object literal for the '<em><b>Task Groups</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__TASK_GROUPS = eINSTANCE.getActivity_TaskGroups();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__OUTCOMES = eINSTANCE.getActivity_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Minutes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__MINUTES = eINSTANCE.getActivity_Minutes();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.IndicatorImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__NAME = eINSTANCE.getIndicator_Name();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__METHOD = eINSTANCE.getIndicator_Method();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__SOURCE = eINSTANCE.getIndicator_Source();

		/**
		 * The meta object literal for the '<em><b>Trend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TREND = eINSTANCE.getIndicator_Trend();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__REGION = eINSTANCE.getIndicator_Region();

		/**
		 * The meta object literal for the '<em><b>Baseline Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE_YEAR = eINSTANCE.getIndicator_BaselineYear();

		/**
		 * The meta object literal for the '<em><b>Baseline Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE_VALUE = eINSTANCE.getIndicator_BaselineValue();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__TARGETS = eINSTANCE.getIndicator_Targets();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__MEASUREMENTS = eINSTANCE.getIndicator_Measurements();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.TargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.TargetImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getTarget()
		 * @generated
		 */
		EClass TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__YEAR = eINSTANCE.getTarget_Year();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__VALUE = eINSTANCE.getTarget_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__UNIT = eINSTANCE.getTarget_Unit();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.MeasurementImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__DATE = eINSTANCE.getMeasurement_Date();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__VALUE = eINSTANCE.getMeasurement_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__UNIT = eINSTANCE.getMeasurement_Unit();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__METHOD = eINSTANCE.getMeasurement_Method();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__SOURCE = eINSTANCE.getMeasurement_Source();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.ScenarioImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__NAME = eINSTANCE.getScenario_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__DESCRIPTION = eINSTANCE.getScenario_Description();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__MEASURES = eINSTANCE.getScenario_Measures();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.ScenarioMeasureImpl <em>Scenario Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.ScenarioMeasureImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getScenarioMeasure()
		 * @generated
		 */
		EClass SCENARIO_MEASURE = eINSTANCE.getScenarioMeasure();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO_MEASURE__MEASURE = eINSTANCE.getScenarioMeasure_Measure();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_MEASURE__START_YEAR = eINSTANCE.getScenarioMeasure_StartYear();

		/**
		 * The meta object literal for the '<em><b>Ramp Up Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_MEASURE__RAMP_UP_YEARS = eINSTANCE.getScenarioMeasure_RampUpYears();

		/**
		 * The meta object literal for the '<em><b>Adoption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_MEASURE__ADOPTION = eINSTANCE.getScenarioMeasure_Adoption();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.AgreementImpl <em>Agreement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.AgreementImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getAgreement()
		 * @generated
		 */
		EClass AGREEMENT = eINSTANCE.getAgreement();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__TITLE = eINSTANCE.getAgreement_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__TEXT = eINSTANCE.getAgreement_Text();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__DATE = eINSTANCE.getAgreement_Date();

		/**
		 * The meta object literal for the '<em><b>Follow Ups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__FOLLOW_UPS = eINSTANCE.getAgreement_FollowUps();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.FollowUpImpl <em>Follow Up</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.FollowUpImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getFollowUp()
		 * @generated
		 */
		EClass FOLLOW_UP = eINSTANCE.getFollowUp();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLLOW_UP__DESCRIPTION = eINSTANCE.getFollowUp_Description();

		/**
		 * The meta object literal for the '<em><b>Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__DUE = eINSTANCE.getFollowUp_Due();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__DONE = eINSTANCE.getFollowUp_Done();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLLOW_UP__RESPONSIBLE = eINSTANCE.getFollowUp_Responsible();

		/**
		 * The meta object literal for the '{@link org.tandem.model.spi.GlossaryTermImpl <em>Glossary Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.spi.GlossaryTermImpl
		 * @see org.tandem.model.spi.TandemPackageImpl#getGlossaryTerm()
		 * @generated
		 */
		EClass GLOSSARY_TERM = eINSTANCE.getGlossaryTerm();

		/**
		 * The meta object literal for the '<em><b>Term</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOSSARY_TERM__TERM = eINSTANCE.getGlossaryTerm_Term();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GLOSSARY_TERM__DEFINITION = eINSTANCE.getGlossaryTerm_Definition();

		/**
		 * The meta object literal for the '{@link org.tandem.model.api.TranslationState <em>Translation State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.api.TranslationState
		 * @see org.tandem.model.spi.TandemPackageImpl#getTranslationState()
		 * @generated
		 */
		EEnum TRANSLATION_STATE = eINSTANCE.getTranslationState();

		/**
		 * The meta object literal for the '{@link org.tandem.model.api.RegionKind <em>Region Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.api.RegionKind
		 * @see org.tandem.model.spi.TandemPackageImpl#getRegionKind()
		 * @generated
		 */
		EEnum REGION_KIND = eINSTANCE.getRegionKind();

		/**
		 * The meta object literal for the '{@link org.tandem.model.api.OrganizationKind <em>Organization Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.api.OrganizationKind
		 * @see org.tandem.model.spi.TandemPackageImpl#getOrganizationKind()
		 * @generated
		 */
		EEnum ORGANIZATION_KIND = eINSTANCE.getOrganizationKind();

		/**
		 * The meta object literal for the '{@link org.tandem.model.api.ConceptStatus <em>Concept Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.api.ConceptStatus
		 * @see org.tandem.model.spi.TandemPackageImpl#getConceptStatus()
		 * @generated
		 */
		EEnum CONCEPT_STATUS = eINSTANCE.getConceptStatus();

		/**
		 * The meta object literal for the '{@link org.tandem.model.api.MilestoneStatus <em>Milestone Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.api.MilestoneStatus
		 * @see org.tandem.model.spi.TandemPackageImpl#getMilestoneStatus()
		 * @generated
		 */
		EEnum MILESTONE_STATUS = eINSTANCE.getMilestoneStatus();

		/**
		 * The meta object literal for the '{@link org.tandem.model.api.DependencyType <em>Dependency Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.api.DependencyType
		 * @see org.tandem.model.spi.TandemPackageImpl#getDependencyType()
		 * @generated
		 */
		EEnum DEPENDENCY_TYPE = eINSTANCE.getDependencyType();

		/**
		 * The meta object literal for the '{@link org.tandem.model.api.RiskLevel <em>Risk Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.api.RiskLevel
		 * @see org.tandem.model.spi.TandemPackageImpl#getRiskLevel()
		 * @generated
		 */
		EEnum RISK_LEVEL = eINSTANCE.getRiskLevel();

		/**
		 * The meta object literal for the '{@link org.tandem.model.api.ActivityKind <em>Activity Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tandem.model.api.ActivityKind
		 * @see org.tandem.model.spi.TandemPackageImpl#getActivityKind()
		 * @generated
		 */
		EEnum ACTIVITY_KIND = eINSTANCE.getActivityKind();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.tandem.model.spi.TandemPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.tandem.model.spi.TandemPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //TandemPackage
