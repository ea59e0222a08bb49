export {
  RecurrenceMatrix,
  type RecurrenceMatrixProps,
  type RecurrenceMatrixTheme,
} from './recurrence-matrix';
