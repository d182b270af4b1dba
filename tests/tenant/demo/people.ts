import type { DemoPerson } from "./types";

/**
 * Fictional people for the demo tenant. Names are invented; job titles and
 * partner organisations follow the Somerset Children's Trust documents.
 */
export const people: DemoPerson[] = [
  // Children's Trust Executive
  {
    key: "exec-dcs",
    displayName: "Margaret Pennock",
    jobTitle: "Director of Children's Services",
    organisation: "County Council",
  },
  {
    key: "exec-ccg",
    displayName: "Dr Anil Raheja",
    jobTitle: "Director of Quality and Patient Safety",
    organisation: "Clinical Commissioning Group",
  },
  {
    key: "exec-police",
    displayName: "Gareth Tillotson",
    jobTitle: "Assistant Chief Constable",
    organisation: "Avon and Somerset Police",
  },
  {
    key: "exec-ph",
    displayName: "Dr Fiona Ledbury",
    jobTitle: "Director of Public Health",
    organisation: "County Council (Public Health)",
  },
  {
    key: "exec-schools",
    displayName: "Jonathan Ashdown",
    jobTitle: "Headteacher and Chair, Secondary Headteachers' Association",
    organisation: "Schools",
  },

  // Partnership business unit (plan administrators)
  {
    key: "admin-manager",
    displayName: "Karen Wadsworth",
    jobTitle: "Children's Trust Partnership Manager",
    organisation: "County Council (Partnership Business Unit)",
  },
  {
    key: "admin-officer",
    displayName: "Tomasz Nowicki",
    jobTitle: "Partnership Support Officer",
    organisation: "County Council (Partnership Business Unit)",
  },

  // Readers
  {
    key: "reader-scrutiny",
    displayName: "Cllr Bernard Hollis",
    jobTitle: "Member, Scrutiny Committee for Policies, Children and Families",
    organisation: "County Council",
  },
  {
    key: "reader-partner",
    displayName: "Yvonne Kettering",
    jobTitle: "Partnership Manager (Children's Trust observer)",
    organisation: "Jobcentre Plus",
  },

  // Someone in the tenant who belongs to no group at all
  {
    key: "outsider",
    displayName: "Nathan Brierley",
    jobTitle: "Highways Asset Engineer",
    organisation: "County Council",
  },

  // Early Help Strategic Commissioning Board
  {
    key: "eh-chair",
    displayName: "Miriam Castleton",
    jobTitle: "Assistant Director, Commissioning and Performance",
    organisation: "County Council",
  },
  {
    key: "eh-deputy",
    displayName: "Owen Prideaux",
    jobTitle: "Early Help Strategic Manager (Board Secretary)",
    organisation: "County Council",
  },
  {
    key: "eh-member-health",
    displayName: "Priya Chaudhry",
    jobTitle: "Head of Children's Community Health Services",
    organisation: "Somerset Partnership NHS Foundation Trust",
  },
  {
    key: "eh-member-vcs",
    displayName: "Dawn Lyddon",
    jobTitle: "Chief Officer, children and young people's voluntary sector network",
    organisation: "Voluntary and community sector (CHYPPS)",
  },
  {
    key: "eh-member-police",
    displayName: "Craig Venner",
    jobTitle: "Detective Inspector, Safeguarding Coordination Unit",
    organisation: "Avon and Somerset Police",
  },
  {
    key: "eh-member-schools",
    displayName: "Hannah Greenslade",
    jobTitle: "Headteacher, West Somerset primary school",
    organisation: "Schools (Primary Headteachers' Association)",
  },
  {
    key: "eh-member-send",
    displayName: "Rachel Odhiambo",
    jobTitle: "SEND Strategic Manager",
    organisation: "County Council",
  },
  {
    key: "eh-member-getset",
    displayName: "Lee Cattermole",
    jobTitle: "getset Early Help Service Manager",
    organisation: "County Council",
  },
  {
    // Left the Early Help Board in September 2017 for a new role; still owns action 5.9.
    key: "eh-former-ccg",
    displayName: "Stuart Maddock",
    jobTitle: "Senior Commissioning Manager, Urgent Care",
    organisation: "Clinical Commissioning Group",
  },

  // Children & Young People Health & Wellbeing Group
  {
    key: "hw-chair",
    displayName: "Dr Eleanor Tremlett",
    jobTitle: "Consultant in Public Health",
    organisation: "County Council (Public Health)",
  },
  {
    key: "hw-member-midwifery",
    displayName: "Bethan Colley",
    jobTitle: "Head of Midwifery",
    organisation: "Yeovil District Hospital NHS Foundation Trust",
  },
  {
    key: "hw-member-ccg",
    displayName: "Imran Sadiq",
    jobTitle: "Commissioning Manager, Children and Maternity",
    organisation: "Clinical Commissioning Group",
  },
  {
    key: "hw-member-fire",
    displayName: "Paul Dimmock",
    jobTitle: "Community Safety Manager",
    organisation: "Devon and Somerset Fire and Rescue Service",
  },
  {
    key: "hw-member-housing",
    displayName: "Lorna Pitt",
    jobTitle: "Strategic Housing Manager",
    organisation: "District Council (Mendip)",
  },
  {
    key: "hw-member-healthwatch",
    displayName: "Grace Ellery",
    jobTitle: "Young Healthwatch Coordinator",
    organisation: "Healthwatch Somerset",
  },

  // Commissioning Group for CYP Mental Health, Emotional and Psychological Wellbeing
  {
    key: "mh-chair",
    displayName: "Heather Brindley",
    jobTitle: "Head of Joint Commissioning",
    organisation: "Clinical Commissioning Group",
  },
  {
    key: "mh-member-camhs",
    displayName: "Dr Marcus Ogunleye",
    jobTitle: "Clinical Lead, Child and Adolescent Mental Health Services",
    organisation: "Somerset Partnership NHS Foundation Trust",
  },
  {
    key: "mh-member-ehwb",
    displayName: "Natalie Furze",
    jobTitle: "Emotional Health and Wellbeing Team Manager",
    organisation: "County Council",
  },
  {
    key: "mh-member-edpsych",
    displayName: "Gwen Tarrant",
    jobTitle: "Principal Educational Psychologist",
    organisation: "County Council",
  },
  {
    key: "mh-member-vcs",
    displayName: "Martin Upcott",
    jobTitle: "Chief Executive, young people's counselling charity",
    organisation: "Voluntary and community sector",
  },

  // Somerset Education Partnership Board
  {
    key: "sepb-chair",
    displayName: "Robert Kinsella",
    jobTitle: "Head of Outcomes and Sufficiency",
    organisation: "County Council",
  },
  {
    key: "sepb-member-primary",
    displayName: "Angela Merriott",
    jobTitle: "Headteacher and Chair, Primary Headteachers' Association",
    organisation: "Schools (Primary Headteachers' Association)",
  },
  {
    key: "sepb-member-secondary",
    displayName: "Daniel Fosbury",
    jobTitle: "Headteacher, Bridgwater secondary academy",
    organisation: "Schools (Secondary Headteachers' Association)",
  },
  {
    key: "sepb-member-college",
    displayName: "Louise Harcombe",
    jobTitle: "Vice Principal, Curriculum and Partnerships",
    organisation: "Further Education and Sixth Form Colleges",
  },
  {
    key: "sepb-member-vsh",
    displayName: "Neil Ashworth",
    jobTitle: "Virtual School Headteacher",
    organisation: "County Council",
  },
  {
    key: "sepb-member-diocese",
    displayName: "Revd Canon Philip Stallard",
    jobTitle: "Director of Education",
    organisation: "Diocesan Board of Education, Diocese of Bath and Wells",
  },

  // Children's Social Care Improvement Board
  {
    key: "csc-chair",
    displayName: "Victoria Hembrow",
    jobTitle: "Deputy Director, Children and Families",
    organisation: "County Council",
  },
  {
    key: "csc-member-quality",
    displayName: "Ian Trevelyan",
    jobTitle: "Head of Quality Assurance and Practice Improvement",
    organisation: "County Council",
  },
  {
    key: "csc-member-placements",
    displayName: "Maria Santos",
    jobTitle: "Head of Placements and Sufficiency",
    organisation: "County Council",
  },
  {
    key: "csc-member-edge",
    displayName: "Keith Burrow",
    jobTitle: "Service Manager, Edge of Care and Family Group Conferencing",
    organisation: "County Council",
  },
  {
    key: "csc-member-nurse",
    displayName: "Susan Okafor",
    jobTitle: "Designated Nurse, Safeguarding and Children Looked After",
    organisation: "Clinical Commissioning Group",
  },

  // Somerset Safeguarding Children Board
  {
    key: "sscb-chair",
    displayName: "Professor Alan Whitcombe",
    jobTitle: "Independent Chair",
    organisation: "Somerset Safeguarding Children Board",
  },
  {
    key: "sscb-manager",
    displayName: "Julie Hatherley",
    jobTitle: "Safeguarding Children Board Business Manager",
    organisation: "Somerset Safeguarding Children Board",
  },
  {
    key: "sscb-member-police",
    displayName: "Mark Ridd",
    jobTitle: "Detective Chief Inspector, Public Protection",
    organisation: "Avon and Somerset Police",
  },
  {
    key: "sscb-member-probation",
    displayName: "Tony Farrant",
    jobTitle: "Head of Somerset Local Delivery Unit",
    organisation: "National Probation Service",
  },

  // Workforce Board
  {
    key: "wf-chair",
    displayName: "Graham Poole",
    jobTitle: "Director of HR and Organisational Development",
    organisation: "County Council",
  },
  {
    key: "wf-member-recruit",
    displayName: "Emma Chivers",
    jobTitle: "Social Work Recruitment and Retention Lead",
    organisation: "County Council",
  },
  {
    key: "wf-member-psw",
    displayName: "Sophie Marchetti",
    jobTitle: "Principal Social Worker",
    organisation: "County Council",
  },
  {
    key: "wf-member-tf",
    displayName: "Ryan Eastment",
    jobTitle: "Think Family and Troubled Families Coordinator",
    organisation: "County Council",
  },
  {
    key: "wf-member-adults",
    displayName: "Helen Bastable",
    jobTitle: "Service Manager, Adult Mental Health Social Work",
    organisation: "County Council",
  },
];
