import type { SiteId } from '@/lib/sites/types';
import { durationLabel } from '@/lib/stats/clock';

export const SITE_LABELS: Record<SiteId, string> = { x: 'X', youtube: 'YouTube', facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', reddit: 'Reddit', tiktok: 'TikTok', whatsapp: 'WhatsApp' };

export const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 1000) / 10}%`);
export const duration = (ms: number | null) => (ms === null ? '–' : durationLabel(ms));
