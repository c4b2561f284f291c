import type { CatalogueData, CatalogueFile } from './catalogue.js';
import districts from '../data/districts.json' with { type: 'json' };
import rinkebyKista from '../data/offers/rinkeby-kista.json' with { type: 'json' };
import spangaTensta from '../data/offers/spanga-tensta.json' with { type: 'json' };
import hasselbyVallingby from '../data/offers/hasselby-vallingby.json' with { type: 'json' };
import bromma from '../data/offers/bromma.json' with { type: 'json' };
import kungsholmen from '../data/offers/kungsholmen.json' with { type: 'json' };
import norrmalm from '../data/offers/norrmalm.json' with { type: 'json' };
import ostermalm from '../data/offers/ostermalm.json' with { type: 'json' };
import sodermalm from '../data/offers/sodermalm.json' with { type: 'json' };
import enskedeArstaVantor from '../data/offers/enskede-arsta-vantor.json' with { type: 'json' };
import skarpnack from '../data/offers/skarpnack.json' with { type: 'json' };
import farsta from '../data/offers/farsta.json' with { type: 'json' };
import alvsjo from '../data/offers/alvsjo.json' with { type: 'json' };
import hagerstenLiljeholmen from '../data/offers/hagersten-liljeholmen.json' with { type: 'json' };
import skarholmen from '../data/offers/skarholmen.json' with { type: 'json' };
import centralUnits from '../data/central-units.json' with { type: 'json' };
import voluntaryAndRegion from '../data/voluntary-and-region.json' with { type: 'json' };
import youthClinics from '../data/youth-clinics.json' with { type: 'json' };

/**
 * Every data file of the Stockholm catalogue, by its path under `data/`. The files are reviewable JSON;
 * `createCatalogue` validates them with the domain schemas.
 */
export const STOCKHOLM_DATA_FILES: Readonly<Record<string, unknown>> = {
  'districts.json': districts,
  'offers/rinkeby-kista.json': rinkebyKista,
  'offers/spanga-tensta.json': spangaTensta,
  'offers/hasselby-vallingby.json': hasselbyVallingby,
  'offers/bromma.json': bromma,
  'offers/kungsholmen.json': kungsholmen,
  'offers/norrmalm.json': norrmalm,
  'offers/ostermalm.json': ostermalm,
  'offers/sodermalm.json': sodermalm,
  'offers/enskede-arsta-vantor.json': enskedeArstaVantor,
  'offers/skarpnack.json': skarpnack,
  'offers/farsta.json': farsta,
  'offers/alvsjo.json': alvsjo,
  'offers/hagersten-liljeholmen.json': hagerstenLiljeholmen,
  'offers/skarholmen.json': skarholmen,
  'central-units.json': centralUnits,
  'voluntary-and-region.json': voluntaryAndRegion,
  'youth-clinics.json': youthClinics,
};

/** Combines the data files into one catalogue document (not yet validated). */
export function stockholmCatalogueData(): CatalogueData {
  const files = Object.entries(STOCKHOLM_DATA_FILES)
    .filter(([path]) => path !== 'districts.json')
    .map(([, file]) => file as CatalogueFile);
  return {
    districts: districts as unknown as CatalogueData['districts'],
    providers: files.flatMap((f) => f.providers),
    services: files.flatMap((f) => f.services),
    extraNeeds: [],
  };
}
