import type { DemoMeasure } from "./types";

/**
 * A selection of the plan's "How we'll know we made a difference" measures. Figures are
 * invented but plausible; 2017/18 values are the latest available at Quarter 2 or 3.
 */
export const measures: DemoMeasure[] = [
  {
    title: "Children and young people who say their views make a difference to decisions about their lives",
    programmeNumber: null,
    target: "Improve on the 2016 survey",
    polarity: "Higher",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 54, rag: "Amber" },
      { planYear: "2017/18", value: 58, rag: "Green" },
    ],
  },
  {
    title: "Childhood immunisation coverage: DTaP/IPV/Hib at 12 months",
    programmeNumber: 2,
    target: "Greater than 95%",
    polarity: "Higher",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 95.8, england: 93.6, neighbours: 94.9, rag: "Green" },
      { planYear: "2017/18", value: 96.1, england: 93.1, neighbours: 94.7, rag: "Green" },
    ],
  },
  {
    title: "Mothers smoking at the time of delivery",
    programmeNumber: 2,
    target: "Reduce each year towards the England average",
    polarity: "Lower",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 13.4, england: 10.7, neighbours: 11.9, rag: "Red" },
      { planYear: "2017/18", value: 12.6, england: 10.8, neighbours: 11.5, rag: "Amber" },
    ],
  },
  {
    title: "Breastfeeding initiation",
    programmeNumber: 2,
    target: "Improve initiation, especially in the most deprived areas",
    polarity: "Higher",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 81.9, england: 74.5, neighbours: 78.2, rag: "Green" },
      { planYear: "2017/18", value: 82.3, england: 74.5, neighbours: 78.6, rag: "Green" },
    ],
  },
  {
    title: "Children in Year 6 recorded as obese",
    programmeNumber: 2,
    target: "Reduce",
    polarity: "Lower",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 16.9, england: 20.0, neighbours: 17.6, rag: "Green" },
      { planYear: "2017/18", value: 16.6, england: 20.1, neighbours: 17.5, rag: "Green" },
    ],
  },
  {
    title: "Hospital admissions for self-harm, young people aged 10 to 24",
    programmeNumber: 3,
    target: "Reduce towards the England rate",
    polarity: "Lower",
    unit: "per 100,000",
    values: [
      { planYear: "2016/17", value: 598.2, england: 407.1, neighbours: 455.3, rag: "Red" },
      { planYear: "2017/18", value: 571.4, england: 421.2, neighbours: 462.8, rag: "Red" },
    ],
  },
  {
    title: "Pupils reaching the expected standard in reading, writing and maths at Key Stage 2",
    programmeNumber: 4,
    target: "At or above the England average",
    polarity: "Higher",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 50, england: 53, neighbours: 51, rag: "Amber" },
      { planYear: "2017/18", value: 59, england: 61, neighbours: 59, rag: "Amber" },
    ],
  },
  {
    title: "Care leavers aged 19 to 21 in education, employment or training",
    programmeNumber: 4,
    target: "At or above statistical neighbours",
    polarity: "Higher",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 47, england: 50, neighbours: 52, rag: "Red" },
      { planYear: "2017/18", value: 51, england: 50, neighbours: 52, rag: "Amber" },
    ],
  },
  {
    title: "Early Help Assessments started by partner agencies",
    programmeNumber: 5,
    target: "Increase each year",
    polarity: "Higher",
    unit: "number",
    values: [
      { planYear: "2016/17", value: 1284, rag: "Green" },
      { planYear: "2017/18", value: 1452, rag: "Green" },
    ],
  },
  {
    title: "Re-referrals to children's social care within 12 months",
    programmeNumber: 5,
    target: "Below statistical neighbours",
    polarity: "Lower",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 22.8, england: 21.9, neighbours: 21.4, rag: "Amber" },
      { planYear: "2017/18", value: 25.6, england: 21.9, neighbours: 21.7, rag: "Red" },
    ],
  },
  {
    title: "Children looked after",
    programmeNumber: 6,
    target: "In line with good performing authorities",
    polarity: "Lower",
    unit: "per 10,000 children",
    values: [
      { planYear: "2016/17", value: 47, england: 62, neighbours: 49, rag: "Green" },
      { planYear: "2017/18", value: 50, england: 62, neighbours: 50, rag: "Amber" },
    ],
  },
  {
    title: "Average caseload per social worker",
    programmeNumber: 7,
    target: "14 or fewer",
    polarity: "Lower",
    unit: "cases",
    values: [
      { planYear: "2016/17", value: 14.7, england: 17.8, rag: "Green" },
      { planYear: "2017/18", value: 17.05, england: 17.8, rag: "Amber" },
    ],
  },
  {
    title: "Agency social workers as a share of all children's social workers",
    programmeNumber: 7,
    target: "10% or lower by March 2019",
    polarity: "Lower",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 33.1, england: 15.8, neighbours: 17.2, rag: "Red" },
      { planYear: "2017/18", value: 29.0, england: 15.8, neighbours: 16.9, rag: "Amber" },
    ],
  },
  {
    title: "Turnover of permanent children's social workers",
    programmeNumber: 7,
    target: "At or below the England rate",
    polarity: "Lower",
    unit: "%",
    values: [
      { planYear: "2016/17", value: 21.3, england: 14.1, neighbours: 15.9, rag: "Red" },
      { planYear: "2017/18", value: 18.6, england: 13.6, neighbours: 15.2, rag: "Amber" },
    ],
  },
];
