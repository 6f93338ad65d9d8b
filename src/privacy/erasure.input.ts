import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Member } from '../cooperatives';
import { Participant } from '../participants';
import { MutationPayload } from '../shared/errors';
import { IsId } from '../shared/validation';

@InputType({ description: "Erases a participant's personal data." })
export class EraseParticipantInput {
  @Field(() => ID, { description: 'The participant.' })
  @IsId()
  participantId!: string;
}

@ObjectType({ description: 'Result of eraseParticipant.' })
export class EraseParticipantPayload extends MutationPayload {
  @Field(() => Participant, { nullable: true, description: 'The anonymised participant; null on errors.' })
  participant!: Participant | null;
}

@InputType({ description: "Erases a cooperative member's name." })
export class EraseMemberInput {
  @Field(() => ID, { description: 'The member.' })
  @IsId()
  memberId!: string;
}

@ObjectType({ description: 'Result of eraseMember.' })
export class EraseMemberPayload extends MutationPayload {
  @Field(() => Member, { nullable: true, description: 'The anonymised member; null on errors.' })
  member!: Member | null;
}
