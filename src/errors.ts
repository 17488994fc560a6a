/** Errors a service may throw; the web layer turns them into a JSON error or a Dutch page. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  constructor(code: string, message = 'Deze pagina bestaat niet (meer).') {
    super(code, 404, message);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fields?: Record<string, string>) {
    super('invalid_input', 400, message, fields);
  }
}
