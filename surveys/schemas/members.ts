import * as v from 'valibot'
import { Role } from '../domain/model.ts'
import { withoutBidiControls } from '../reports/plain-text.ts'
import { Email, NewPassword } from './auth.ts'

const RoleChoice = v.picklist(Role.options, 'Choose a role.')

/** `POST /api/organisations/:id/members`: an existing user joins, a new one is created. */
export const AddMemberBody = v.object({
  email: Email,
  name: v.pipe(
    v.string('Enter their name.'),
    withoutBidiControls,
    v.trim(),
    v.nonEmpty('Enter their name.'),
    v.maxLength(200, 'Use at most 200 characters.'),
  ),
  role: RoleChoice,
  /** For a new user only; without it a temporary password is made and shown once. */
  password: v.optional(NewPassword),
})
export type AddMemberBody = v.InferOutput<typeof AddMemberBody>

/** `PATCH /api/organisations/:id/members/:userId`. */
export const ChangeRoleBody = v.object({ role: RoleChoice })
export type ChangeRoleBody = v.InferOutput<typeof ChangeRoleBody>
