/** Domain types of places: municipalities of Flanders and Brussels and what a typed place resolves to. */
export interface Municipality {
  nisCode: string;
  slug: string;
  name: string;
  nameFr: string | null;
  /** null for Brussels */
  province: string | null;
  region: 'Vlaanderen' | 'Brussel';
  /** the municipality's centre (mean of its address points) */
  lat: number;
  lon: number;
}

export type PlaceMatch =
  /** a postcode of Flanders or Brussels; in Brussels one postcode can serve two municipalities */
  | { kind: 'postcode'; postcode: string; municipalities: Municipality[] }
  /** a municipality, a locality (deelgemeente) or a pre-merger name */
  | { kind: 'name'; municipalities: Municipality[] }
  /** a real Belgian postcode outside Flanders and Brussels */
  | { kind: 'outside'; postcode: string }
  | { kind: 'unknown'; input: string };
