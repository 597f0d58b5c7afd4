import { findLevel1ById, level1s } from 'dvhcvn';
import { errors } from '../../platform/errors.js';

/**
 * The administrative-unit list (General Statistics Office codes, as published by the `dvhcvn` package):
 * the provinces, the districts of a province ("20"), the communes of a district ("20/178").
 */
export function administrativeUnits(parent?: string): { id: string; name: string }[] {
  if (!parent) return level1s.map((p) => ({ id: p.id, name: p.name }));
  const [provinceId, districtId] = parent.split('/');
  const province = findLevel1ById(provinceId!);
  if (!province) throw errors.notFound();
  if (!districtId) return (province.children ?? []).map((d) => ({ id: d.id, name: d.name }));
  const district = province.findLevel2ById(districtId);
  if (!district) throw errors.notFound();
  return (district.children ?? []).map((c) => ({ id: c.id, name: c.name }));
}
