import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '@hashidari/domain-core';

/** A path id that is not a UUID cannot name anything: answer 404 like any other unknown id. */
export const uuidPipe = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError('NOT_FOUND', 'Nothing has this id'),
});
