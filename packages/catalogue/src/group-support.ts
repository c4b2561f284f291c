import { isGroupKind, type Service } from '@lotsen/domain';

/**
 * Whether a service counts as group support for its needs: an active group whose needs the source
 * states. A group whose needs are our estimate (the report names no target group) is listed, but
 * counts neither for the match's "no local group" notice nor as local group support in the equity
 * report, which both use this.
 *
 * @example
 * ```ts
 * stockholmCatalogue().services.filter(countsAsGroupSupport);
 * ```
 */
export function countsAsGroupSupport(
  service: Pick<Service, 'kind' | 'status' | 'needsEstimated'>,
): boolean {
  return (
    service.status === 'active' && isGroupKind(service.kind) && service.needsEstimated !== true
  );
}
