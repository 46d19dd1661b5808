export { alignPassages, alignTexts } from '../../core/diff/align-texts';
