import { ApiError } from '../../src/emulator/api-error';

/** Runs an action that the emulator must refuse and returns the ApiError it threw (anything else fails the test). */
export function refusal(action: () => unknown): ApiError {
  try {
    action();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}
