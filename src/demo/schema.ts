// The demo's schema: each column's kind and privacy role, as `fictif schema` writes them. Reading a
// demo CSV back with `--schema demo-schema.json` restores kinds that text alone cannot carry (an
// allocataire number is an identifier, not an integer) and tells scan/risk/synth what each column is.
import type { ColumnRole, Schema } from '../table/schema.js';
import type { Table } from '../table/table.js';

const IDENTIFIERS = new Set(['numero_allocataire', 'nir_demandeur', 'nir_conjoint', 'telephone', 'email']);

/** The privacy role of a demo column (by name). */
export function demoRole(name: string): ColumnRole {
  if (IDENTIFIERS.has(name)) return 'identifier';
  // Disability is health data (GDPR art. 9).
  if (/^(aah|aeeh)_/.test(name)) return 'special-category';
  if (
    /^(adresse_|code_postal|commune_|type_logement|sexe_|date_naissance_|nationalite_|situation_familiale|presence_conjoint|nb_|parent_isole|garde_alternee_|activite_|csp_|date_ouverture_droits|zone_logement|statut_occupation|logement_social|surface_logement)/.test(
      name,
    )
  )
    return 'quasi-identifier';
  return 'sensitive';
}

/** The schema of a demo table: kinds, nullability and roles (no counts: they would depend on the rows). */
export function demoSchema(table: Table): Schema {
  return {
    fictif: 'schema/1',
    source: 'demo',
    columns: table.columns.map((c) => {
      let missing = false;
      for (let i = 0; i < c.length && !missing; i++) missing = c.missing[i] === 1;
      return {
        name: c.name,
        kind: c.kind,
        nullable: missing || /conjoint|enfant_[2-6]|complement|telephone|email|aah_taux/.test(c.name),
        role: demoRole(c.name),
      };
    }),
  };
}
