/** Everything the search box runs, in one module it loads on first focus (not with the page). */
export { searchPlaces } from './areaSearch';
export { areaPlacesOf, geographyOfTopology, readCommuneFile } from './places';
export { placeLabel, searchChoice } from './searchChoice';
