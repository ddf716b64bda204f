import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { throwError } from 'rxjs';

/**
 * Nest turns a failing event handler's error into a generic "Internal server error"; the JetStream
 * transport needs the error itself, to choose between redelivery and a dead letter and to record why.
 * HTTP errors keep Nest's usual handling.
 */
@Catch()
export class PropagateRpcErrorsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() === 'rpc') return throwError(() => exception);
    return super.catch(exception, host);
  }
}
