import { z } from 'astro/zod';

export const topicKindLabels = {
	person: 'People',
	place: 'Places',
	organisation: 'Organisations',
	weapon: 'Weapons',
	subject: 'Subjects',
} as const;

export type TopicKind = keyof typeof topicKindLabels;

/** A person, place, organisation, weapon or subject that claims and articles are about. */
export const topicSchema = z.strictObject({
	name: z.string().trim().min(1).describe('Display name, e.g. "Sergei Shoigu"'),
	kind: z.enum(Object.keys(topicKindLabels) as [TopicKind]).describe('What sort of thing the topic is'),
	description: z
		.string()
		.trim()
		.min(1)
		.describe('One or two sentences saying who or what this is, as the articles present it'),
});

export type Topic = z.infer<typeof topicSchema>;
