import type { DemoMeasure } from "./types";

/**
 * A selection of the plan's "How we'll know we made a difference" measures. Figures are
 * invented but plausible; 2017/18 values are the latest available at Quarter 2 or 3. Each has a
 * target figure matching its words (Breastfeeding initiation has none: "No target") and a
 * baseline; three have quarterly figures too. Values carry no RAG: the app rates them by its
 * rule, and one carries a person's override with the reason.
 */
export const measures: DemoMeasure[] = [
  {
    title: "Children and young people who say their views make a difference to decisions about their lives",
    programmeNumber: null,
    target: "Improve on the 2016 survey",
    targetValue: 55,
    baseline: 54,
    polarity: "Higher",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 54 },
      { planYear: "2017/18", value: 58 },
    ],
  },
  {
    title: "Childhood immunisation coverage: DTaP/IPV/Hib at 12 months",
    programmeNumber: 2,
    target: "Greater than 95%",
    targetValue: 95,
    baseline: 95.8,
    polarity: "Higher",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 95.8, england: 93.6, neighbours: 94.9 },
      { planYear: "2017/18", value: 96.1, england: 93.1, neighbours: 94.7 },
      { planYear: "2017/18", quarter: "Q1", value: 95.9, england: 93.2 },
      { planYear: "2017/18", quarter: "Q2", value: 96.1, england: 93.1 },
    ],
  },
  {
    title: "Mothers smoking at the time of delivery",
    programmeNumber: 2,
    target: "Reduce each year towards the England average",
    targetValue: 12.5,
    baseline: 13.4,
    polarity: "Lower",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 13.4, england: 10.7, neighbours: 11.9 },
      { planYear: "2017/18", value: 12.6, england: 10.8, neighbours: 11.5 },
    ],
  },
  {
    title: "Breastfeeding initiation",
    programmeNumber: 2,
    target: "Improve initiation, especially in the most deprived areas",
    targetValue: null,
    baseline: 81.9,
    polarity: "Higher",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 81.9, england: 74.5, neighbours: 78.2 },
      { planYear: "2017/18", value: 82.3, england: 74.5, neighbours: 78.6 },
    ],
  },
  {
    title: "Children in Year 6 recorded as obese",
    programmeNumber: 2,
    target: "Reduce",
    targetValue: 16.8,
    baseline: 16.9,
    polarity: "Lower",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 16.9, england: 20.0, neighbours: 17.6 },
      { planYear: "2017/18", value: 16.6, england: 20.1, neighbours: 17.5 },
    ],
  },
  {
    title: "Hospital admissions for self-harm, young people aged 10 to 24",
    programmeNumber: 3,
    target: "Reduce towards the England rate",
    targetValue: 500,
    baseline: 598.2,
    polarity: "Lower",
    unit: "per 100,000",
    values: [
      { planYear: "2016/17", value: 598.2, england: 407.1, neighbours: 455.3 },
      { planYear: "2017/18", value: 571.4, england: 421.2, neighbours: 462.8 },
    ],
  },
  {
    title: "Pupils reaching the expected standard in reading, writing and maths at Key Stage 2",
    programmeNumber: 4,
    target: "At or above the England average",
    targetValue: 61,
    baseline: 50,
    polarity: "Higher",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 50, england: 53, neighbours: 51 },
      { planYear: "2017/18", value: 59, england: 61, neighbours: 59 },
    ],
  },
  {
    title: "Care leavers aged 19 to 21 in education, employment or training",
    programmeNumber: 4,
    target: "At or above statistical neighbours",
    targetValue: 52,
    baseline: 47,
    polarity: "Higher",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 47, england: 50, neighbours: 52 },
      {
        planYear: "2017/18",
        value: 51,
        england: 50,
        neighbours: 52,
        // The rule says Red (a point short of neighbours); the board judged it Amber and said why.
        override: {
          rag: "Amber",
          reason:
            "One point below neighbours is four young people, and each has a personal adviser and a place " +
            "starting in January.",
        },
      },
    ],
  },
  {
    title: "Early Help Assessments started by partner agencies",
    programmeNumber: 5,
    target: "Increase each year",
    targetValue: 1400,
    baseline: 1284,
    polarity: "Higher",
    unit: "number",
    values: [
      { planYear: "2016/17", value: 1284 },
      { planYear: "2017/18", value: 1452 },
    ],
  },
  {
    title: "Re-referrals to children's social care within 12 months",
    programmeNumber: 5,
    target: "Below statistical neighbours",
    targetValue: 21.7,
    baseline: 22.8,
    polarity: "Lower",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 22.8, england: 21.9, neighbours: 21.4 },
      { planYear: "2017/18", value: 25.6, england: 21.9, neighbours: 21.7 },
      { planYear: "2017/18", quarter: "Q1", value: 24.1, neighbours: 21.6 },
      { planYear: "2017/18", quarter: "Q2", value: 25.6, neighbours: 21.7 },
    ],
  },
  {
    title: "Children looked after",
    programmeNumber: 6,
    target: "In line with good performing authorities",
    targetValue: 50,
    baseline: 47,
    polarity: "Lower",
    unit: "per 10,000 children",
    values: [
      { planYear: "2016/17", value: 47, england: 62, neighbours: 49 },
      { planYear: "2017/18", value: 50, england: 62, neighbours: 50 },
    ],
  },
  {
    title: "Average caseload per social worker",
    programmeNumber: 7,
    target: "14 or fewer",
    targetValue: 14,
    baseline: 14.7,
    polarity: "Lower",
    unit: "cases",
    values: [
      { planYear: "2016/17", value: 14.7, england: 17.8 },
      { planYear: "2017/18", value: 17.05, england: 17.8 },
    ],
  },
  {
    title: "Agency social workers as a share of all children's social workers",
    programmeNumber: 7,
    target: "10% or lower by March 2019",
    targetValue: 10,
    baseline: 33.1,
    polarity: "Lower",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 33.1, england: 15.8, neighbours: 17.2 },
      { planYear: "2017/18", value: 29.0, england: 15.8, neighbours: 16.9 },
      { planYear: "2017/18", quarter: "Q1", value: 30.4 },
      { planYear: "2017/18", quarter: "Q2", value: 29.0 },
    ],
  },
  {
    title: "Turnover of permanent children's social workers",
    programmeNumber: 7,
    target: "At or below the England rate",
    targetValue: 13.6,
    baseline: 21.3,
    polarity: "Lower",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 21.3, england: 14.1, neighbours: 15.9 },
      { planYear: "2017/18", value: 18.6, england: 13.6, neighbours: 15.2 },
    ],
  },
];
