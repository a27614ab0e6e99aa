import { RefreshTokenEntity } from '../modules/auth/entities/refresh-token.entity';
import { UserEntity } from '../modules/users/entities/user.entity';

/** Every entity of the app, listed once for the app, the migration CLI and the tests. */
export const ENTITIES = [UserEntity, RefreshTokenEntity];
