import * as v from 'valibot'
import { withoutBidiControls } from '../reports/plain-text.ts'

export const Email = v.pipe(
  v.string('Enter your email address.'),
  v.trim(),
  v.toLowerCase(),
  v.nonEmpty('Enter your email address.'),
  v.maxLength(254, 'That email address is too long.'),
  v.email('Enter a valid email address, like name@example.com.'),
)

/** A new password: long rather than complicated (NIST SP 800-63B). */
export const NewPassword = v.pipe(
  v.string('Choose a password.'),
  v.minLength(12, 'Use at least 12 characters.'),
  v.maxLength(200, 'Use at most 200 characters.'),
)

export const LoginBody = v.object({
  email: Email,
  password: v.pipe(
    v.string('Enter your password.'),
    v.nonEmpty('Enter your password.'),
    v.maxLength(200),
  ),
})
export type LoginBody = v.InferOutput<typeof LoginBody>

export const SetupBody = v.object({
  token: v.pipe(v.string(), v.nonEmpty('This setup link is incomplete.'), v.maxLength(200)),
  organisation: v.pipe(
    v.string('Enter the organisation name.'),
    withoutBidiControls,
    v.trim(),
    v.nonEmpty('Enter the organisation name.'),
    v.maxLength(200, 'Use at most 200 characters.'),
  ),
  name: v.pipe(
    v.string('Enter your name.'),
    withoutBidiControls,
    v.trim(),
    v.nonEmpty('Enter your name.'),
    v.maxLength(200, 'Use at most 200 characters.'),
  ),
  email: Email,
  password: NewPassword,
})
export type SetupBody = v.InferOutput<typeof SetupBody>

export const ChangePasswordBody = v.object({
  currentPassword: v.pipe(v.string(), v.nonEmpty('Enter your current password.'), v.maxLength(200)),
  newPassword: NewPassword,
})
export type ChangePasswordBody = v.InferOutput<typeof ChangePasswordBody>
