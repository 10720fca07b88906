import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape';

export interface ElementChanges {
  readonly added: number;
  readonly removed: number;
  readonly updated: number;
}

/**
 * Brings the graph in line with `next` by diffing on id, in one batch (one redraw).
 * Elements that stay keep their position, so a refresh does not scramble the map.
 */
export function applyElements(cy: Core, next: readonly ElementDefinition[]): ElementChanges {
  const nextById = new Map(next.map((definition) => [definition.data.id, definition]));
  let added = 0;
  let removed = 0;
  let updated = 0;
  if (cy.elements().empty()) {
    // A new map: nothing to diff against (the common case, and the one with the most elements).
    cy.batch(() => {
      added = cy.add([...next]).length;
    });
    return { added, removed, updated };
  }
  cy.batch(() => {
    const stale = cy.elements().filter((element) => {
      const definition = nextById.get(element.id());
      return definition === undefined || endpointsDiffer(element, definition);
    });
    removed = stale.length;
    cy.remove(stale);
    const toAdd: ElementDefinition[] = [];
    for (const definition of next) {
      const existing = cy.getElementById(definition.data.id ?? '');
      if (existing.empty()) toAdd.push(definition);
      else if (!sameData(existing, definition)) {
        existing.data(definition.data);
        updated += 1;
      }
    }
    added = cy.add(toAdd).length;
  });
  return { added, removed, updated };
}

// Cytoscape cannot change an edge's endpoints through data(); such an edge is replaced.
function endpointsDiffer(element: SingularElementArgument, definition: ElementDefinition): boolean {
  if (!element.isEdge()) return false;
  const data = definition.data as { source?: string; target?: string };
  return element.data('source') !== data.source || element.data('target') !== data.target;
}

function sameData(element: SingularElementArgument, definition: ElementDefinition): boolean {
  return Object.entries(definition.data).every(([key, value]) => element.data(key) === value);
}
